using System.Collections.Frozen;
using System.Reflection;

namespace Krisenstab.Contracts;

/// <summary>Maps stable wire names to CLR types and back. Built from <see cref="EventNameAttribute"/>.</summary>
public sealed class EventTypeMap
{
    private readonly FrozenDictionary<string, Type> _typesByName;
    private readonly FrozenDictionary<Type, string> _namesByType;

    private EventTypeMap(IEnumerable<Type> types)
    {
        var named = types
            .Select(t => (Type: t, Attribute: t.GetCustomAttribute<EventNameAttribute>(inherit: false)))
            .Where(x => x.Attribute is not null)
            .Select(x => (x.Type, Name: x.Attribute!.Name))
            .ToList();
        var clash = named.GroupBy(x => x.Name).FirstOrDefault(g => g.Count() > 1);
        if (clash is not null)
        {
            throw new InvalidOperationException(
                $"Event name '{clash.Key}' is used by {string.Join(" and ", clash.Select(x => x.Type.FullName))}.");
        }
        _typesByName = named.ToFrozenDictionary(x => x.Name, x => x.Type);
        _namesByType = named.ToFrozenDictionary(x => x.Type, x => x.Name);
    }

    /// <summary>Every public event in the contracts assembly.</summary>
    public static EventTypeMap Public { get; } = FromAssemblies(typeof(EventTypeMap).Assembly);

    public static EventTypeMap FromAssemblies(params Assembly[] assemblies) =>
        new(assemblies.SelectMany(a => a.GetTypes()));

    public static EventTypeMap FromTypes(params Type[] types) => new(types);

    public IEnumerable<Type> Types => _namesByType.Keys;

    public string NameOf(Type type) =>
        _namesByType.TryGetValue(type, out var name)
            ? name
            : throw new InvalidOperationException($"{type.FullName} has no [EventName] in this map.");

    public bool TryGetType(string name, out Type type) => _typesByName.TryGetValue(name, out type!);

    public bool Contains(string name) => _typesByName.ContainsKey(name);
}

using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Krisenstab.ServiceDefaults.Problems;

/// <summary>
/// Says what is wrong with a JSON value in the caller's words — "must be one of: flat, hotel" — instead of the
/// serializer's, which names CLR types (and names the object that holds the value, not the value's own type).
/// </summary>
internal static partial class JsonErrorText
{
    public static string Describe(string field, JsonException json)
    {
        var named = TargetTypeName().Match(json.Message) is { Success: true } match ? FindType(match.Groups["type"].Value) : null;
        var target = named is null ? null : ValueTypeAt(named, field) ?? named;
        return target switch
        {
            null => $"'{field}' is not valid JSON here.",
            { IsEnum: true } => $"'{field}' must be one of: {string.Join(", ", Enum.GetNames(target).Select(JsonNamingPolicy.KebabCaseLower.ConvertName))}.",
            _ when target == typeof(string) => $"'{field}' must be text.",
            _ when target == typeof(Guid) => $"'{field}' must be an id (UUID).",
            _ when target == typeof(DateTimeOffset) || target == typeof(DateTime) => $"'{field}' must be a date and time (ISO 8601).",
            _ when target == typeof(bool) => $"'{field}' must be true or false.",
            _ when target == typeof(int) || target == typeof(long) => $"'{field}' must be a whole number.",
            _ when ElementType(target) is not null => $"'{field}' must be a list.",
            _ => $"'{field}' must be an object.",
        };
    }

    /// <summary>The type of the value at the end of <paramref name="path"/> when <paramref name="holder"/> is the object holding it.</summary>
    private static Type? ValueTypeAt(Type holder, string path)
    {
        var last = LastPathSegment().Match(path);
        if (!last.Success)
        {
            return null;
        }
        var property = holder.GetProperty(last.Groups["property"].Value, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
        if (property is null)
        {
            return null;
        }
        var type = Unwrapped(property.PropertyType);
        return last.Groups["index"].Success ? ElementType(type) is { } element ? Unwrapped(element) : type : type;
    }

    private static Type Unwrapped(Type type) => Nullable.GetUnderlyingType(type) ?? type;

    private static Type? ElementType(Type type) =>
        type == typeof(string) ? null
        : type.IsArray ? type.GetElementType()
        : type.GetInterfaces().Append(type).FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0];

    private static Type? FindType(string name)
    {
        var typeName = NullableOf().Match(name) is { Success: true } nullable ? nullable.Groups["inner"].Value : name;
        return Type.GetType(typeName)
            ?? AppDomain.CurrentDomain.GetAssemblies().Select(a => a.GetType(typeName)).FirstOrDefault(t => t is not null);
    }

    [GeneratedRegex(@"could not be converted to (?<type>[^\s]+?)\. Path")]
    private static partial Regex TargetTypeName();

    [GeneratedRegex(@"^System\.Nullable`1\[(?<inner>[^\]]+)\]$")]
    private static partial Regex NullableOf();

    [GeneratedRegex(@"\.(?<property>[A-Za-z_][A-Za-z0-9_]*)(?<index>\[\d+\])?$")]
    private static partial Regex LastPathSegment();
}

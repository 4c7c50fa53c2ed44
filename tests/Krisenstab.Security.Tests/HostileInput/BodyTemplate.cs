using System.Globalization;
using System.Text.Json;
using Krisenstab.Contracts;

namespace Krisenstab.Security.Tests.HostileInput;

/// <summary>
/// A plausible JSON body for a request type, as raw JSON per top-level property, so that single fields can be dropped,
/// replaced by hostile raw JSON, or joined by extra ones.
/// </summary>
public sealed class BodyTemplate
{
    private static readonly string[] SampleTexts = ["Turnhalle Nord", "Baunatal", "KS-2022-0417", "Landkreis Kassel", "Notiz"];

    private readonly Random _random;
    private readonly IReadOnlyList<Guid> _knownIds;

    public BodyTemplate(Type type, Random random, IReadOnlyList<Guid> knownIds)
    {
        _random = random;
        _knownIds = knownIds;
        Fields = [.. Properties(type).Select(p => new Field(ContractJson.Options.PropertyNamingPolicy!.ConvertName(p.Name!), p.ParameterType, Valid(p.ParameterType)))];
    }

    public IReadOnlyList<Field> Fields { get; }

    public static string Json(IEnumerable<(string Name, string Raw)> fields) =>
        "{" + string.Join(",", fields.Select(f => $"{JsonSerializer.Serialize(f.Name)}:{f.Raw}")) + "}";

    public string Json() => Json(Fields.Select(f => (f.Name, f.Raw)));

    /// <summary>The body with one field's value replaced by <paramref name="raw"/> (or left out when null).</summary>
    public string With(Field field, string? raw) =>
        Json(Fields.Where(f => f != field || raw is not null).Select(f => (f.Name, f == field ? raw! : f.Raw)));

    public string Valid(Type type)
    {
        var actual = Nullable.GetUnderlyingType(type) ?? type;
        if (actual == typeof(string))
        {
            return JsonSerializer.Serialize(SampleTexts[_random.Next(SampleTexts.Length)]);
        }
        if (actual == typeof(int) || actual == typeof(long))
        {
            return _random.Next(1, 6).ToString(CultureInfo.InvariantCulture);
        }
        if (actual == typeof(bool))
        {
            return _random.Next(2) == 0 ? "true" : "false";
        }
        if (actual == typeof(DateTimeOffset) || actual == typeof(DateTime))
        {
            return JsonSerializer.Serialize(DateTimeOffset.UtcNow.AddDays(2));
        }
        if (actual == typeof(Guid))
        {
            return JsonSerializer.Serialize(_knownIds.Count > 0 && _random.Next(2) == 0 ? _knownIds[_random.Next(_knownIds.Count)] : RandomGuid(_random));
        }
        if (actual.IsEnum)
        {
            var values = Enum.GetValues(actual);
            return JsonSerializer.Serialize(values.GetValue(_random.Next(values.Length)), actual, ContractJson.Options);
        }
        if (ElementType(actual) is { } element)
        {
            return "[" + Valid(element) + "]";
        }
        return Json(Properties(actual).Select(p => (ContractJson.Options.PropertyNamingPolicy!.ConvertName(p.Name!), Valid(p.ParameterType))));
    }

    public static Guid RandomGuid(Random random)
    {
        var bytes = new byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }

    public static Type? ElementType(Type type) =>
        type == typeof(string) ? null
        : type.IsArray ? type.GetElementType()
        : type.GetInterfaces().Append(type).FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0];

    /// <summary>A record's positional parameters (the request records are all positional).</summary>
    private static System.Reflection.ParameterInfo[] Properties(Type type) =>
        type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).FirstOrDefault()?.GetParameters() ?? [];

    public sealed record Field(string Name, Type Type, string Raw)
    {
        private Type Actual => Nullable.GetUnderlyingType(Type) ?? Type;

        public bool IsText => Actual == typeof(string) || (ElementType(Actual) == typeof(string));

        public bool IsNumber => Actual == typeof(int) || Actual == typeof(long);

        public bool IsDate => Actual == typeof(DateTimeOffset) || Actual == typeof(DateTime);

        public bool IsGuid => Actual == typeof(Guid);
    }
}

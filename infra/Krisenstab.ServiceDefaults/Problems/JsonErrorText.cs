using System.Text.Json;
using System.Text.RegularExpressions;

namespace Krisenstab.ServiceDefaults.Problems;

/// <summary>
/// Says what is wrong with a JSON value in the caller's words — "must be one of: flat, hotel" — instead of the
/// serializer's, which names CLR types.
/// </summary>
internal static partial class JsonErrorText
{
    public static string Describe(string field, JsonException json)
    {
        var target = TargetTypeName().Match(json.Message) is { Success: true } match ? FindType(match.Groups["type"].Value) : null;
        return target switch
        {
            null => $"'{field}' is not valid JSON here.",
            { IsEnum: true } => $"'{field}' must be one of: {string.Join(", ", Enum.GetNames(target).Select(JsonNamingPolicy.KebabCaseLower.ConvertName))}.",
            _ when target == typeof(string) => $"'{field}' must be text.",
            _ when target == typeof(Guid) => $"'{field}' must be an id (UUID).",
            _ when target == typeof(DateTimeOffset) || target == typeof(DateTime) => $"'{field}' must be a date and time (ISO 8601).",
            _ when target == typeof(bool) => $"'{field}' must be true or false.",
            _ when target == typeof(int) || target == typeof(long) => $"'{field}' must be a whole number.",
            _ when target.IsArray || (target.IsGenericType && typeof(System.Collections.IEnumerable).IsAssignableFrom(target)) => $"'{field}' must be a list.",
            _ => $"'{field}' must be an object.",
        };
    }

    private static Type? FindType(string name)
    {
        var nullable = NullableOf().Match(name);
        var typeName = nullable.Success ? nullable.Groups["inner"].Value : name;
        var genericListName = typeName.Split('`')[0];
        return Type.GetType(typeName)
            ?? AppDomain.CurrentDomain.GetAssemblies().Select(a => a.GetType(typeName)).FirstOrDefault(t => t is not null)
            ?? (genericListName != typeName ? typeof(List<>) : null);
    }

    [GeneratedRegex(@"could not be converted to (?<type>[^\s]+?)\. Path")]
    private static partial Regex TargetTypeName();

    [GeneratedRegex(@"^System\.Nullable`1\[(?<inner>[^\]]+)\]$")]
    private static partial Regex NullableOf();
}

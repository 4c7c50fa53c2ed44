using System.Collections.Frozen;
using System.Text.Json;
using Krisenstab.ServiceDefaults;

namespace Krisenstab.Accommodation.Queries;

/// <summary>Enum values in query strings, spelt as on the wire (kebab case: <c>step-free</c>), with an error naming the parameter.</summary>
public static class WireEnum<T> where T : struct, Enum
{
    private static readonly FrozenDictionary<string, T> ByName =
        Enum.GetValues<T>().ToFrozenDictionary(v => JsonNamingPolicy.KebabCaseLower.ConvertName(v.ToString()), StringComparer.Ordinal);

    public static (IReadOnlyList<T> Values, DomainError? Error) ParseAll(IEnumerable<string>? texts, string parameter)
    {
        var values = new List<T>();
        foreach (var text in texts ?? [])
        {
            if (!ByName.TryGetValue(text, out var value))
            {
                return ([], DomainError.Invalid(parameter, $"'{text}' is not a known {parameter} value; known are {string.Join(", ", ByName.Keys)}."));
            }
            values.Add(value);
        }
        return (values, null);
    }
}

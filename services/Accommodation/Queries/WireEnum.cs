using System.Collections.Frozen;
using System.Text.Json;
using Krisenstab.ServiceDefaults;

namespace Krisenstab.Accommodation.Queries;

/// <summary>Enum values in query strings, spelt as on the wire (kebab case: <c>step-free</c>), with an error naming the parameter.</summary>
public static class WireEnum
{
    public static (IReadOnlyList<T> Values, DomainError? Error) ParseAll<T>(IEnumerable<string>? texts, string parameter)
        where T : struct, Enum
    {
        var values = new List<T>();
        foreach (var text in texts ?? [])
        {
            if (!Names<T>.Values.TryGetValue(text, out var value))
            {
                return ([], DomainError.Invalid(parameter, $"'{text}' is not a known {parameter} value; known are {string.Join(", ", Names<T>.Values.Keys)}."));
            }
            values.Add(value);
        }
        return (values, null);
    }

    private static class Names<T> where T : struct, Enum
    {
        public static FrozenDictionary<string, T> Values { get; } =
            Enum.GetValues<T>().ToFrozenDictionary(v => JsonNamingPolicy.KebabCaseLower.ConvertName(v.ToString()), StringComparer.Ordinal);
    }
}

using System.Text.Json;
using Krisenstab.Contracts;
using Krisenstab.ServiceDefaults;

namespace Krisenstab.Tasking.Queries;

/// <summary>An enum value in a query string, spelt as on the wire (<c>in-progress</c>), with an error naming the parameter.</summary>
public static class WireEnum
{
    public static (T? Value, DomainError? Error) Parse<T>(string? text, string parameter)
        where T : struct, Enum
    {
        if (text is null)
        {
            return (null, null);
        }
        try
        {
            return (JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(text.Trim()), ContractJson.Options), null);
        }
        catch (JsonException)
        {
            var known = string.Join(", ", Enum.GetValues<T>().Select(v => JsonSerializer.Serialize(v, ContractJson.Options).Trim('"')));
            return (null, DomainError.Invalid(parameter, $"'{text}' is not a known {parameter}; known are {known}."));
        }
    }
}

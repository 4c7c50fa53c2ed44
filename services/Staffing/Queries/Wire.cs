using System.Text.Json;

namespace Krisenstab.Staffing.Queries;

/// <summary>Enum values as the wire spells them (kebab case).</summary>
public static class Wire
{
    public static string Of<T>(T value)
        where T : struct, Enum => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());
}

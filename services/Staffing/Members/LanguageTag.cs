using System.Text.RegularExpressions;

namespace Krisenstab.Staffing.Members;

/// <summary>
/// BCP 47 language tags (RFC 5646): language (2–3 letters), optional script (4 letters), region (2 letters or 3
/// digits) and variants. Well-formedness is checked and the casing made canonical (<c>fa-af</c> → <c>fa-AF</c>), so that
/// a request for <c>uk</c> finds a member who speaks <c>uk</c> or <c>uk-UA</c>.
/// </summary>
public static partial class LanguageTag
{
    public const int MaxLength = 35;

    public static string? Canonical(string? tag)
    {
        if (tag is null || tag.Length > MaxLength || !Shape().IsMatch(tag))
        {
            return null;
        }
        var parts = tag.Split('-');
        parts[0] = parts[0].ToLowerInvariant();
        for (var i = 1; i < parts.Length; i++)
        {
            parts[i] = parts[i].Length switch
            {
                4 when char.IsLetter(parts[i][0]) && i == 1 => char.ToUpperInvariant(parts[i][0]) + parts[i][1..].ToLowerInvariant(),
                2 => parts[i].ToUpperInvariant(),
                _ => parts[i].ToLowerInvariant(),
            };
        }
        return string.Join('-', parts);
    }

    /// <summary>The language a tag is of (<c>uk-UA</c> → <c>uk</c>).</summary>
    public static string Primary(string tag) => tag.Split('-')[0];

    /// <summary>Whether speaking <paramref name="spoken"/> serves a need for <paramref name="asked"/>: the same language, the region only if asked.</summary>
    public static bool Serves(string spoken, string asked) =>
        string.Equals(spoken, asked, StringComparison.OrdinalIgnoreCase)
        || (!asked.Contains('-', StringComparison.Ordinal) && string.Equals(Primary(spoken), asked, StringComparison.OrdinalIgnoreCase));

    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z]{4})?(-([A-Za-z]{2}|[0-9]{3}))?(-([A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*$")]
    private static partial Regex Shape();
}

using System.Text.RegularExpressions;

namespace Krisenstab.Communication.Messages;

/// <summary>
/// A BCP 47 language tag as messages use it: language, optional script, region and variants (RFC 5646 §2.1, without
/// extensions and private use), normalised to its canonical case (<c>sr-latn-rs</c> → <c>sr-Latn-RS</c>).
/// </summary>
public static partial class LanguageTag
{
    public const string German = "de";

    /// <summary>Languages written right to left (by primary subtag), and the right-to-left scripts.</summary>
    private static readonly HashSet<string> RightToLeftLanguages = ["ar", "fa", "he", "ur", "ps", "yi", "dv", "ckb", "sd", "ug", "prs"];
    private static readonly HashSet<string> RightToLeftScripts = ["Arab", "Hebr", "Thaa", "Syrc", "Nkoo", "Adlm"];

    /// <summary>The canonical form of a well-formed tag, or null.</summary>
    public static string? Normalize(string? tag)
    {
        if (tag is null || tag.Length > 35 || !Grammar().IsMatch(tag))
        {
            return null;
        }
        var parts = tag.Split('-');
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = i == 0 ? parts[i].ToLowerInvariant()
                : parts[i].Length == 4 && char.IsLetter(parts[i][0]) ? char.ToUpperInvariant(parts[i][0]) + parts[i][1..].ToLowerInvariant()
                : parts[i].Length == 2 ? parts[i].ToUpperInvariant()
                : parts[i].ToLowerInvariant();
        }
        return string.Join('-', parts);
    }

    public static bool IsGerman(string tag) => PrimaryOf(tag) == German;

    /// <summary>True for a normalised tag in a right-to-left language or script (<c>ar</c>, <c>fa</c>, <c>az-Arab</c>); <c>ku-Latn</c> stays left to right.</summary>
    public static bool IsRightToLeft(string tag)
    {
        var parts = tag.Split('-');
        var script = parts.Skip(1).FirstOrDefault(p => p.Length == 4 && char.IsLetter(p[0]));
        return script is not null ? RightToLeftScripts.Contains(script) : RightToLeftLanguages.Contains(parts[0]);
    }

    private static string PrimaryOf(string tag) => tag.Split('-')[0];

    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z]{4})?(-([A-Za-z]{2}|[0-9]{3}))?(-([A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*$", RegexOptions.CultureInvariant)]
    private static partial Regex Grammar();
}

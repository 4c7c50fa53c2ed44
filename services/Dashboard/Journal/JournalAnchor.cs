using System.Globalization;
using System.Text.RegularExpressions;

namespace Krisenstab.Dashboard.Journal;

/// <summary>
/// A kept chain head: the journal's length and its last link's hash, written <c>{length}:{hash}</c>
/// (e.g. <c>42:9f86…</c>). Kept outside the installation (printed, filed), it detects even a rewrite of the whole
/// chain: the rewritten chain has another hash at that length.
/// </summary>
public sealed partial record JournalAnchor(long Length, string Head)
{
    public override string ToString() => $"{Length.ToString(CultureInfo.InvariantCulture)}:{Head}";

    public static JournalAnchor Of(ChainHead head) => new(head.Length, head.Hash);

    /// <summary>The anchor written as <c>{length}:{64 hex digits}</c>, or null when the text is not one.</summary>
    public static JournalAnchor? TryParse(string text)
    {
        var match = Written().Match(text);
        return match.Success && long.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var length)
            ? new JournalAnchor(length, match.Groups[2].Value.ToLowerInvariant())
            : null;
    }

    [GeneratedRegex("^([0-9]{1,18}):([0-9a-fA-F]{64})$")]
    private static partial Regex Written();
}

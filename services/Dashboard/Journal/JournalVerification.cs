namespace Krisenstab.Dashboard.Journal;

/// <summary>
/// What verifying a journal's chain found: its length and head (<see cref="Anchor"/>, to keep), whether every link
/// holds (<see cref="Intact"/>), the first one that does not, and, when an anchor was given, whether the chain still
/// leads through it.
/// </summary>
public sealed record JournalVerification(string Journal, long Length, string Head, BrokenLink? FirstBroken, AnchorCheck? AnchorCheck)
{
    public string Anchor => new JournalAnchor(Length, Head).ToString();

    public bool Intact => FirstBroken is null && AnchorCheck?.Matches != false;
}

/// <summary>The first entry whose link does not hold: its place in the journal, its id and type if it is there, and why.</summary>
public sealed record BrokenLink(long Version, Guid? EventId, string? EventType, string Reason);

/// <summary>A kept anchor compared with the chain: <see cref="Matches"/> false means the chain was rewritten or shortened.</summary>
public sealed record AnchorCheck(string Anchor, bool Matches, string? Reason);

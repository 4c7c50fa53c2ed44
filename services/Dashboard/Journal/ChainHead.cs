namespace Krisenstab.Dashboard.Journal;

/// <summary>A journal's latest link: the last entry's version (-1 for an empty journal) and its chained hash.</summary>
public sealed record ChainHead(long Version, string Hash)
{
    public static ChainHead Empty { get; } = new(-1, JournalChain.Genesis);

    /// <summary>The number of entries the head covers.</summary>
    public long Length => Version + 1;
}

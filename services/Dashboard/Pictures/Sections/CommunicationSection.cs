using Krisenstab.Dashboard.Journal;

namespace Krisenstab.Dashboard.Pictures.Sections;

/// <summary>The picture's section of communication (services/Communication): messages awaiting approval, the latest published, failed deliveries; folded from the crisis journal.</summary>
public sealed record CommunicationSection
{
    public static CommunicationSection Empty { get; } = new();

    /// <summary>The section after <paramref name="entry"/>: itself when the entry is none of its events.</summary>
    public CommunicationSection Apply(JournalEntry entry) => entry.Event switch
    {
        _ => this,
    };
}

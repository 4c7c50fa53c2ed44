using Krisenstab.Dashboard.Journal;

namespace Krisenstab.Dashboard.Pictures.Sections;

/// <summary>The picture's section of the situation service (services/SituationReports): announcements, arrivals, sector reports, incidents, meetings; folded from the crisis journal.</summary>
public sealed record SituationSection
{
    public static SituationSection Empty { get; } = new();

    /// <summary>The section after <paramref name="entry"/>: itself when the entry is none of its events.</summary>
    public SituationSection Apply(JournalEntry entry) => entry.Event switch
    {
        _ => this,
    };
}

using Krisenstab.Contracts.Accommodation;
using Krisenstab.Dashboard.Journal;

namespace Krisenstab.Dashboard.Feed;

/// <summary>
/// The feed of a crisis: its journal's situation events merged with the district's accommodation journal, newest
/// first. The crisis journal's copies of accommodation events are left out, since the accommodation journal has them
/// all already.
/// </summary>
public static class CrisisFeed
{
    /// <summary>Lines the page shows (and the picture carries).</summary>
    public const int PictureLines = 50;

    /// <summary>The most a feed request may ask for, and so the lines kept per journal in memory.</summary>
    public const int MaxLines = 500;

    /// <summary>Whether a crisis-journal entry belongs in the feed (it is not a copy of an accommodation event).</summary>
    public static bool IsSituationEntry(JournalEntry entry) => entry.Event is not IFacilityEvent;

    /// <summary>Both lists newest first; equal times keep the given order.</summary>
    public static IReadOnlyList<FeedLine> Merge(IEnumerable<FeedLine> situationNewestFirst, IEnumerable<FeedLine> accommodationNewestFirst, int limit) =>
        [.. situationNewestFirst.Concat(accommodationNewestFirst).OrderByDescending(l => l.OccurredAt).Take(limit)];

    /// <summary>The feed from journal entries in journal order (for "as of" pictures).</summary>
    public static IReadOnlyList<FeedLine> Of(IEnumerable<JournalEntry> crisisJournal, IEnumerable<JournalEntry> accommodationJournal, int limit) =>
        Merge(
            crisisJournal.Where(IsSituationEntry).Select(FeedLine.Of).Reverse(),
            accommodationJournal.Select(FeedLine.Of).Reverse(),
            limit);
}

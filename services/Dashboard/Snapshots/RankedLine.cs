using Krisenstab.Dashboard.Feed;

namespace Krisenstab.Dashboard.Snapshots;

/// <summary>
/// A feed line with what orders it in a crisis feed (<see cref="CrisisFeed.Of"/>): newest first; equal times, the
/// crisis journal's lines before the accommodation journal's; then later arrival (higher journal version) first.
/// </summary>
public sealed record RankedLine(FeedLine Line, int Source, long Arrival)
{
    public const int Situation = 0;
    public const int Accommodation = 1;

    public static IComparer<RankedLine> FeedOrder { get; } = Comparer<RankedLine>.Create((a, b) =>
        b.Line.OccurredAt.CompareTo(a.Line.OccurredAt) is not 0 and var byTime ? byTime
        : a.Source.CompareTo(b.Source) is not 0 and var bySource ? bySource
        : b.Arrival.CompareTo(a.Arrival));

    /// <summary>The first <paramref name="limit"/> lines of all given, in feed order.</summary>
    public static IReadOnlyList<RankedLine> Newest(IEnumerable<RankedLine> lines, int limit) => [.. lines.Order(FeedOrder).Take(limit)];
}

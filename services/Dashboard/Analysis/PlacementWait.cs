namespace Krisenstab.Dashboard.Analysis;

/// <summary>
/// The distribution of waits from announcement to placement (<see cref="PlacementWaits"/>): people placed against an
/// announcement, the median and the 90th percentile in hours (nearest rank, one decimal; null with nobody placed),
/// people in each bucket, people placed without an announcement waiting and people announced not yet placed.
/// </summary>
public sealed record PlacementWait(int Placed, double? MedianHours, double? P90Hours, IReadOnlyList<WaitBucket> Buckets, int Unmatched, int Waiting)
{
    /// <summary>The buckets' upper ends in hours (the last one is open).</summary>
    public static readonly (string Name, double UpToHours)[] Limits =
        [("under-6h", 6), ("6h-24h", 24), ("1d-2d", 48), ("2d-7d", 168), ("7d-or-more", double.PositiveInfinity)];

    public static PlacementWait Of(PlacementWaits waits)
    {
        var hours = waits.Waits.Select(w => w.TotalHours).Order().ToList();
        var buckets = Limits.Select((limit, index) => new WaitBucket(limit.Name,
            hours.Count(h => h < limit.UpToHours && (index == 0 || h >= Limits[index - 1].UpToHours)))).ToList();
        return new PlacementWait(hours.Count, Rank(hours, 0.5), Rank(hours, 0.9), buckets, waits.Unmatched, waits.Waiting);
    }

    private static double? Rank(List<double> sorted, double share) =>
        sorted.Count == 0 ? null : Math.Round(sorted[Math.Max(0, (int)Math.Ceiling(share * sorted.Count) - 1)], 1);
}

/// <summary>People whose wait fell into the bucket (<see cref="PlacementWait.Limits"/>).</summary>
public sealed record WaitBucket(string Bucket, int People);

namespace Krisenstab.Accommodation.Queries;

public sealed record OccupancyFilter(Guid? FacilityId, string? Town, DateTimeOffset? From, DateTimeOffset? To);

/// <summary>The summed figures of the chosen facilities from <paramref name="At"/> on.</summary>
public sealed record OccupancyPoint(DateTimeOffset At, int Facilities, int Capacity, int Occupied, int Blocked, int Reserved, int Free);

/// <summary>Occupancy over time: after every change to a chosen facility, the sum of all chosen facilities' latest figures.</summary>
public static class OccupancyTimeline
{
    public static IReadOnlyList<OccupancyPoint> Build(IEnumerable<OccupancyChange> history, OccupancyFilter filter)
    {
        var latest = new Dictionary<Guid, OccupancyChange>();
        var points = new List<OccupancyPoint>();
        foreach (var change in history.Where(c => Chosen(c, filter)))
        {
            latest[change.FacilityId] = change;
            if (change.At < filter.From || change.At > filter.To)
            {
                continue;
            }
            var figures = latest.Values.Select(c => c.Occupancy).ToList();
            points.Add(new OccupancyPoint(
                change.At,
                figures.Count,
                figures.Sum(o => o.Capacity),
                figures.Sum(o => o.Occupied),
                figures.Sum(o => o.Blocked),
                figures.Sum(o => o.Reserved),
                figures.Sum(o => o.Free)));
        }
        return points;
    }

    private static bool Chosen(OccupancyChange change, OccupancyFilter filter) =>
        (filter.FacilityId is null || change.FacilityId == filter.FacilityId)
        && (filter.Town is null || string.Equals(change.Occupancy.Town, filter.Town, StringComparison.OrdinalIgnoreCase));
}

namespace Krisenstab.Dashboard.Board;

/// <summary>The places of several facilities summed up (a town's, the district's). Closed facilities count with no free places.</summary>
public sealed record PlaceTotals(int Facilities, int ClosedFacilities, int Capacity, int Occupied, int Blocked, int Reserved, int Free)
{
    public static PlaceTotals Of(IReadOnlyCollection<FacilityFigures> facilities) => new(
        facilities.Count,
        facilities.Count(f => f.Closed),
        facilities.Sum(f => f.Capacity),
        facilities.Sum(f => f.Occupied),
        facilities.Sum(f => f.Blocked),
        facilities.Sum(f => f.Reserved),
        facilities.Sum(f => f.Free));
}

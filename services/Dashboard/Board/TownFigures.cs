namespace Krisenstab.Dashboard.Board;

/// <summary>One town on the accommodation board: the sums over its facilities.</summary>
public sealed record TownFigures(string Town, int Facilities, int ClosedFacilities, int Capacity, int Occupied, int Blocked, int Reserved, int Free)
{
    public static TownFigures Of(string town, IReadOnlyCollection<FacilityFigures> facilities)
    {
        var sums = PlaceTotals.Of(facilities);
        return new(town, sums.Facilities, sums.ClosedFacilities, sums.Capacity, sums.Occupied, sums.Blocked, sums.Reserved, sums.Free);
    }
}

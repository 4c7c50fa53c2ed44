using System.Text.Json.Serialization;

namespace Krisenstab.Dashboard.Board;

/// <summary>
/// One town on the accommodation board: the sums over its facilities, its residents and its fair share of the
/// district's occupied places (both null when the town's residents are not configured).
/// </summary>
public sealed record TownFigures(
    string Town,
    int Facilities,
    int ClosedFacilities,
    int Capacity,
    int Occupied,
    int Blocked,
    int Reserved,
    int Free,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] int? Population,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] int? FairShare)
{
    public static TownFigures Of(string town, IReadOnlyCollection<FacilityFigures> facilities, TownShares shares)
    {
        var sums = PlaceTotals.Of(facilities);
        return new(
            town, sums.Facilities, sums.ClosedFacilities, sums.Capacity, sums.Occupied, sums.Blocked, sums.Reserved, sums.Free,
            shares.PopulationOf(town), shares.FairShareOf(town));
    }
}

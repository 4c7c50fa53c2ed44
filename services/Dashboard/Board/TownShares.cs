namespace Krisenstab.Dashboard.Board;

/// <summary>
/// Each town's fair share of the district's occupied places: occupied × the town's residents ÷ the residents of all
/// configured towns, rounded down. Null for a town whose residents are not configured.
/// </summary>
public sealed class TownShares(IReadOnlyDictionary<string, int> populations, int districtOccupied)
{
    private readonly long _districtPopulation = populations.Values.Sum(p => (long)p);

    public int? PopulationOf(string town) => populations.TryGetValue(town, out var population) ? population : null;

    public int? FairShareOf(string town) =>
        PopulationOf(town) is { } population && _districtPopulation > 0
            ? (int)(districtOccupied * (long)population / _districtPopulation)
            : null;
}

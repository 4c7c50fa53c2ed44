using Krisenstab.Accommodation.Facilities;

namespace Krisenstab.Accommodation.Queries;

/// <summary>
/// Each town's fair share of the district's load (people placed or expected, i.e. occupied + reserved), in proportion
/// to its residents. Towns without a configured population have no share.
/// </summary>
public sealed class TownShares
{
    private readonly IReadOnlyDictionary<string, int> _populations;
    private readonly long _districtPopulation;

    public TownShares(IReadOnlyDictionary<string, int> populations, IEnumerable<Facility> facilities)
    {
        _populations = populations;
        _districtPopulation = populations.Values.Sum(p => (long)p);
        LoadByTown = facilities
            .GroupBy(f => f.Town, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Sum(Load), StringComparer.OrdinalIgnoreCase);
        DistrictLoad = LoadByTown.Values.Sum();
    }

    public IReadOnlyDictionary<string, int> LoadByTown { get; }
    public int DistrictLoad { get; }

    public static int Load(Facility facility) => facility.Occupied + facility.Reserved;

    public int? PopulationOf(string town) => _populations.TryGetValue(town, out var population) ? population : null;

    public int LoadOf(string town) => LoadByTown.GetValueOrDefault(town);

    /// <summary>The town's fair share of the current district load (people, rounded down); null without a population.</summary>
    public int? FairShareOf(string town) =>
        PopulationOf(town) is { } population && _districtPopulation > 0
            ? (int)(DistrictLoad * (long)population / _districtPopulation)
            : null;

    /// <summary>
    /// People placed or expected per 1,000 residents if <paramref name="extra"/> more came: the lower, the further
    /// the town is below its fair share. Null without a population.
    /// </summary>
    public decimal? LoadPerThousandResidents(string town, int extra = 0) =>
        PopulationOf(town) is { } population and > 0
            ? Math.Round((LoadOf(town) + extra) * 1000m / population, 3)
            : null;
}

using Krisenstab.Accommodation.Facilities;
using Krisenstab.Accommodation.Placements;
using Krisenstab.Contracts.Accommodation;

namespace Krisenstab.Accommodation.Queries;

/// <summary>Where a household of this size with these needs could go; <paramref name="NearTown"/> is where it should stay near (family, school, a previous place).</summary>
public sealed record SuggestionRequest(int Size, IReadOnlyList<HouseholdNeed> Needs, string? NearTown, int Limit);

public sealed record PlacementSuggestion(
    Guid FacilityId, string Name, string Town, int Free, bool InNearTown, int? TownPopulation, int TownLoad, int? TownFairShare, decimal? TownLoadPerThousandAfter);

/// <summary>
/// Facilities that fit a household, best first: in the town it should stay near; then in the town that would be
/// furthest below its fair share of the district after taking it (fewest people per 1,000 residents); then the
/// tightest fit, so that large free blocks stay for large families.
/// </summary>
public static class PlacementSuggestions
{
    public static IReadOnlyList<PlacementSuggestion> Rank(IEnumerable<Facility> facilities, SuggestionRequest request, TownShares shares) =>
        [.. facilities
            .Where(f => Fits(f, request))
            .Select(f => new PlacementSuggestion(
                f.Id,
                f.Name,
                f.Town,
                f.Occupancy.Free,
                request.NearTown is not null && string.Equals(f.Town, request.NearTown, StringComparison.OrdinalIgnoreCase),
                shares.PopulationOf(f.Town),
                shares.LoadOf(f.Town),
                shares.FairShareOf(f.Town),
                shares.LoadPerThousandResidents(f.Town, request.Size)))
            .OrderByDescending(s => s.InNearTown)
            .ThenBy(s => s.TownLoadPerThousandAfter ?? decimal.MaxValue)
            .ThenBy(s => s.Free)
            .ThenBy(s => s.Name, StringComparer.Ordinal)
            .Take(request.Limit)];

    /// <summary>Open, room for the whole household, and what its needs ask for.</summary>
    public static bool Fits(Facility facility, SuggestionRequest request) =>
        facility.Occupancy.Free >= request.Size && request.Needs.All(need => Serves(facility, need));

    public static bool Serves(Facility facility, HouseholdNeed need) => need switch
    {
        HouseholdNeed.StepFree => facility.Has(FacilityFeature.StepFree),
        HouseholdNeed.WomenOnly => facility.Has(FacilityFeature.WomenOnly),
        HouseholdNeed.FamilyWithChildren => facility.Has(FacilityFeature.FamilyRooms),
        // Medical needs rule out a gym or hall with camp beds.
        HouseholdNeed.Medical => facility.Kind != FacilityKind.EmergencyShelter,
        _ => true,
    };
}

using Krisenstab.Contracts.Accommodation;

namespace Krisenstab.Accommodation.Placements;

/// <summary>
/// The body of a placement: the household's case reference (no names), its size, needs (kebab case:
/// <c>step-free</c>, <c>medical</c>, <c>family-with-children</c>, <c>women-only</c>) and languages; optionally the crisis it belongs to.
/// </summary>
public sealed record PlaceHouseholdRequest(string? HouseholdRef, int Size, IReadOnlyList<HouseholdNeed>? Needs, IReadOnlyList<string>? Languages, Guid? CrisisId)
{
    public Household ToHousehold() => new(HouseholdRef?.Trim() ?? "", Size, [.. (Needs ?? []).Distinct().Order()], [.. Languages ?? []]);
}

public sealed record PlacementCreated(Guid FacilityId, string HouseholdRef, int Size, FacilityOccupancy Facility);

public sealed record MoveOutRequest(MoveOutReason Reason);

public sealed record TransferRequest(Guid ToFacilityId);

/// <summary>Both facilities' figures after a transfer.</summary>
public sealed record TransferDone(string HouseholdRef, Guid FromFacilityId, FacilityOccupancy From, Guid ToFacilityId, FacilityOccupancy To);

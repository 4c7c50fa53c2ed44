using Krisenstab.Contracts.Accommodation;
using Krisenstab.ServiceDefaults;

namespace Krisenstab.Accommodation.Facilities;

/// <summary>The body of <c>POST /facilities</c>. Enum values are kebab case (<c>shared-shelter</c>); unknown text is a 400 naming the field.</summary>
public sealed record RegisterFacilityRequest(
    string? Name, FacilityKind? Kind, string? Town, string? Address, FacilityOperator? Operator, int? Capacity, IReadOnlyList<FacilityFeature>? Features)
{
    public (RegisterFacility? Command, DomainError? Error) ToCommand(Guid facilityId) =>
        Kind is null ? (null, DomainError.Invalid("kind", "'kind' is required: shared-shelter, emergency-shelter, flat, hotel or other."))
        : Capacity is null ? (null, DomainError.Invalid("capacity", "'capacity' is required."))
        : Input.Few(Features ?? [], "features", Enum.GetValues<FacilityFeature>().Length * 2) is { } tooMany ? (null, tooMany)
        : (new RegisterFacility(facilityId, Name ?? "", Kind.Value, Town ?? "", Address ?? "", Operator ?? FacilityOperator.Municipal, Capacity.Value, Features ?? []), null);
}

public sealed record FacilityCreated(Guid Id);

public sealed record ChangeCapacityRequest(int Capacity);

public sealed record BlockPlacesRequest(int Places, BlockReason Reason, string? Note);

public sealed record PlacesBlockedResponse(Guid BlockId, FacilityDetails Facility);

public sealed record CloseFacilityRequest(string? Reason);

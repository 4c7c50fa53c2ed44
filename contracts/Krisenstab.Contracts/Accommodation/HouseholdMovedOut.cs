namespace Krisenstab.Contracts.Accommodation;

/// <summary>A household left the facility (e.g. into private housing); its places are free again.</summary>
[EventName("accommodation.household-moved-out.v1")]
public sealed record HouseholdMovedOut(
    Guid FacilityId,
    string HouseholdRef,
    int Size,
    MoveOutReason Reason,
    FacilityOccupancy Occupancy) : IFacilityEvent;

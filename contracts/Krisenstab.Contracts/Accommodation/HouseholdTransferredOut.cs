namespace Krisenstab.Contracts.Accommodation;

/// <summary>A household left for another facility, where it had been placed first; its places here are free again.</summary>
[EventName("accommodation.household-transferred-out.v1")]
public sealed record HouseholdTransferredOut(
    Guid FacilityId,
    string HouseholdRef,
    int Size,
    Guid ToFacilityId,
    FacilityOccupancy Occupancy) : IFacilityEvent;

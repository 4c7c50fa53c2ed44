namespace Krisenstab.Contracts.Accommodation;

/// <summary>The facility takes no one new; households already there stay until moved.</summary>
[EventName("accommodation.facility-closed.v1")]
public sealed record FacilityClosed(
    Guid FacilityId,
    string? Reason,
    FacilityOccupancy Occupancy) : IFacilityEvent;

namespace Krisenstab.Contracts.Accommodation;

/// <summary>A closed facility takes households again.</summary>
[EventName("accommodation.facility-reopened.v1")]
public sealed record FacilityReopened(Guid FacilityId, FacilityOccupancy Occupancy) : IFacilityEvent;

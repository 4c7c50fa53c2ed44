namespace Krisenstab.Contracts.Accommodation;

/// <summary>The number of places a facility has changed (never below the places in use, blocked or reserved).</summary>
[EventName("accommodation.facility-capacity-changed.v1")]
public sealed record FacilityCapacityChanged(
    Guid FacilityId,
    int PreviousCapacity,
    int Capacity,
    FacilityOccupancy Occupancy) : IFacilityEvent;

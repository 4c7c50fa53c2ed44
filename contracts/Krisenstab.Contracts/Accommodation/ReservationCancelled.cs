namespace Krisenstab.Contracts.Accommodation;

/// <summary>A reservation was given up; its remaining places are free again.</summary>
[EventName("accommodation.reservation-cancelled.v1")]
public sealed record ReservationCancelled(
    Guid FacilityId,
    Guid ReservationId,
    int ReleasedPlaces,
    FacilityOccupancy Occupancy) : IFacilityEvent;

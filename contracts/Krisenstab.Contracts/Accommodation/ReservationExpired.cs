namespace Krisenstab.Contracts.Accommodation;

/// <summary>A reservation ran out; its remaining places are free again.</summary>
[EventName("accommodation.reservation-expired.v1")]
public sealed record ReservationExpired(
    Guid FacilityId,
    Guid ReservationId,
    int ReleasedPlaces,
    FacilityOccupancy Occupancy) : IFacilityEvent;

namespace Krisenstab.Contracts.Accommodation;

/// <summary>
/// Places are held for an announced arrival until the reservation expires, is cancelled or is turned into placements.
/// <see cref="AnnouncementId"/> names the allocation announcement (situation) it is for, when the caller said so.
/// </summary>
[EventName("accommodation.places-reserved.v1")]
public sealed record PlacesReserved(
    Guid FacilityId,
    Guid ReservationId,
    int Places,
    DateTimeOffset ExpiresAt,
    string? Reference,
    FacilityOccupancy Occupancy,
    Guid? AnnouncementId = null) : IFacilityEvent;

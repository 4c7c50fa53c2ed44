namespace Krisenstab.Accommodation.Reservations;

/// <summary>
/// Hold <paramref name="Places"/> until <paramref name="ExpiresAt"/> for an announced arrival (<paramref name="Reference"/>: e.g. the
/// allocation's number; <paramref name="AnnouncementId"/>: the situation service's announcement it is for).
/// </summary>
public sealed record ReservePlacesRequest(int Places, DateTimeOffset ExpiresAt, string? Reference, Guid? CrisisId, Guid? AnnouncementId = null);

public sealed record ReservationCreated(Guid ReservationId, Guid FacilityId, int Places, DateTimeOffset ExpiresAt);

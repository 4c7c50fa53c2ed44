using Krisenstab.Contracts;

namespace Krisenstab.SituationReports.Allocations;

/// <summary>
/// What the situation service keeps of Accommodation's public events to count the people placed per announcement and
/// crisis: private events in its own store (stream <c>placements-{facilityId}</c>), so the count survives a restart
/// without asking Accommodation. Never published: the store-to-bus publisher does not know these names.
/// </summary>
public static class AccommodationFacts
{
    public const string Category = "placements";

    public static EventTypeMap Events { get; } = EventTypeMap.FromTypes(typeof(ReservationNoted), typeof(PlacementNoted));
}

/// <summary>A reservation was made for an announcement; placements from it count as placed for that announcement.</summary>
[EventName("situation.reservation-noted.private.v1")]
public sealed record ReservationNoted(Guid FacilityId, Guid ReservationId, Guid AnnouncementId, int Places);

/// <summary>A household was placed from a reservation and/or for a crisis (transfers are not new placements).</summary>
[EventName("situation.placement-noted.private.v1")]
public sealed record PlacementNoted(Guid FacilityId, string HouseholdRef, int Size, Guid? ReservationId, Guid? CrisisId);

/// <summary>The stream of noted facts; only ever appended to, never decided on.</summary>
public sealed record PlacementLedger
{
    public static PlacementLedger None { get; } = new();
}

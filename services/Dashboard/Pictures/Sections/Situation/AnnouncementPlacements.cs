using System.Collections.Immutable;
using Krisenstab.Contracts.Accommodation;

namespace Krisenstab.Dashboard.Pictures.Sections.Situation;

/// <summary>
/// People placed per announcement, from the crisis journal's accommodation events: a reservation that names an
/// announcement (<see cref="PlacesReserved.AnnouncementId"/>) and the households placed from that reservation. Kept
/// as two maps so that the join holds whichever of the two is journaled first.
/// </summary>
public sealed record AnnouncementPlacements(ImmutableDictionary<Guid, Guid> AnnouncementOfReservation, ImmutableDictionary<Guid, int> PlacedFromReservation)
{
    public static AnnouncementPlacements None { get; } = new(ImmutableDictionary<Guid, Guid>.Empty, ImmutableDictionary<Guid, int>.Empty);

    public AnnouncementPlacements Reserved(PlacesReserved reserved) => reserved.AnnouncementId is { } announcementId
        ? this with { AnnouncementOfReservation = AnnouncementOfReservation.SetItem(reserved.ReservationId, announcementId) }
        : this;

    /// <summary>A placement from a reservation (a transfer is no new placement; a move-out does not lower the count).</summary>
    public AnnouncementPlacements Placed(HouseholdPlaced placed) => placed is { ReservationId: { } reservationId, TransferredFromFacilityId: null }
        ? this with { PlacedFromReservation = PlacedFromReservation.SetItem(reservationId, PlacedFromReservation.GetValueOrDefault(reservationId) + placed.Size) }
        : this;

    public int For(Guid announcementId) =>
        PlacedFromReservation.Where(p => AnnouncementOfReservation.TryGetValue(p.Key, out var a) && a == announcementId).Sum(p => p.Value);
}

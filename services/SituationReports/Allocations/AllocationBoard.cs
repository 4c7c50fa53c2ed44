using System.Collections.Immutable;
using Krisenstab.Contracts.Situation;

namespace Krisenstab.SituationReports.Allocations;

/// <summary>
/// Every announcement with its arrivals, and the placements noted from Accommodation: the read model behind the
/// announcement list, the 7-day calendar and announced / arrived / placed. In memory, rebuilt from the store at start,
/// folded with the same <see cref="Announcement.Apply"/> as the commands.
/// </summary>
public sealed class AllocationBoard
{
    private readonly Lock _gate = new();
    private ImmutableDictionary<Guid, Announcement> _announcements = ImmutableDictionary<Guid, Announcement>.Empty;
    private ImmutableDictionary<Guid, Guid> _announcementOfReservation = ImmutableDictionary<Guid, Guid>.Empty;
    private ImmutableList<PlacementNoted> _placements = [];

    public void Apply(object @event)
    {
        lock (_gate)
        {
            switch (@event)
            {
                case IAllocationEvent change:
                    var before = _announcements.GetValueOrDefault(change.AnnouncementId) ?? Announcement.None;
                    _announcements = _announcements.SetItem(change.AnnouncementId, before.Apply(@event));
                    break;
                case ReservationNoted noted:
                    _announcementOfReservation = _announcementOfReservation.SetItem(noted.ReservationId, noted.AnnouncementId);
                    break;
                case PlacementNoted placed:
                    _placements = _placements.Add(placed);
                    break;
            }
        }
    }

    public Announcement? Find(Guid crisisId, Guid announcementId) =>
        _announcements.GetValueOrDefault(announcementId) is { } found && found.CrisisId == crisisId ? found : null;

    public IReadOnlyList<Announcement> Of(Guid crisisId) =>
        [.. _announcements.Values.Where(a => a.CrisisId == crisisId).OrderBy(a => a.Figures.ExpectedOn).ThenBy(a => a.Id)];

    /// <summary>People placed from reservations made for the announcement.</summary>
    public int PlacedFor(Guid announcementId)
    {
        var reservations = _announcementOfReservation;
        return _placements.Where(p => p.ReservationId is { } r && reservations.GetValueOrDefault(r) == announcementId).Sum(p => p.Size);
    }

    /// <summary>People placed for the crisis: placed with its id, or from a reservation for one of its announcements.</summary>
    public int PlacedIn(Guid crisisId)
    {
        var (reservations, announcements) = (_announcementOfReservation, _announcements);
        return _placements.Where(p => CrisisOf(p) == crisisId).Sum(p => p.Size);

        Guid? CrisisOf(PlacementNoted placed) =>
            placed.CrisisId
            ?? (placed.ReservationId is { } r && reservations.TryGetValue(r, out var a) && announcements.TryGetValue(a, out var announcement) ? announcement.CrisisId : null);
    }
}

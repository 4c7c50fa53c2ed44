using Krisenstab.Accommodation.Facilities;
using Krisenstab.Contracts.Accommodation;
using Krisenstab.ServiceDefaults;
using Krisenstab.ServiceDefaults.Domain;

namespace Krisenstab.Accommodation.Reservations;

/// <summary>Hold places for an announced arrival until <paramref name="ExpiresAt"/>.</summary>
public sealed record ReservePlaces(Guid ReservationId, int Places, DateTimeOffset ExpiresAt, string? Reference, Guid? AnnouncementId = null);

public sealed record CancelReservation(Guid ReservationId);

/// <summary>Holding places for announced arrivals, and letting them go: pure decisions.</summary>
public static class ReservationCommands
{
    public const int MaxReferenceLength = 100;

    public static Decision Reserve(Facility state, ReservePlaces command, DateTimeOffset now)
    {
        var invalid = Input.FirstError(
            Input.Positive(command.Places, "places", FacilityCommands.MaxCapacity),
            Input.OptionalText(command.Reference, "reference", MaxReferenceLength),
            command.ExpiresAt <= now ? DomainError.Invalid("expiresAt", "'expiresAt' must lie in the future.") : null);
        if (invalid is not null)
        {
            return invalid;
        }
        if (state.IsClosed)
        {
            return FacilityErrors.Closed(state);
        }
        if (state.Reservations.ContainsKey(command.ReservationId))
        {
            return DomainError.Conflict("reservation-exists", $"Reservation {command.ReservationId} exists already.");
        }
        var changes = ExpireDue(new FacilityChanges(state), now);
        if (changes.State.Unused < command.Places)
        {
            return FacilityErrors.NoRoom(changes.State, command.Places);
        }
        return changes.Record(occupancy => new PlacesReserved(
            state.Id, command.ReservationId, command.Places, command.ExpiresAt, command.Reference, occupancy, command.AnnouncementId));
    }

    public static Decision Cancel(Facility state, CancelReservation command) =>
        state.Reservations.TryGetValue(command.ReservationId, out var reservation)
            ? new FacilityChanges(state).Record(occupancy => new ReservationCancelled(state.Id, reservation.Id, reservation.Places, occupancy))
            : NotFound(state, command.ReservationId);

    /// <summary>Lets every reservation go whose time has come; nothing when none is due.</summary>
    public static Decision Expire(Facility state, DateTimeOffset now) => ExpireDue(new FacilityChanges(state), now);

    /// <summary>
    /// Records the expiry of every due reservation. Decisions that need room call this first, so that an
    /// expired reservation never blocks a placement even before the expiry sweep has run.
    /// </summary>
    public static FacilityChanges ExpireDue(FacilityChanges changes, DateTimeOffset now)
    {
        var facilityId = changes.State.Id;
        foreach (var due in changes.State.Reservations.Values.Where(r => r.IsDueAt(now)).OrderBy(r => r.ExpiresAt).ToList())
        {
            changes.Record(occupancy => new ReservationExpired(facilityId, due.Id, due.Places, occupancy));
        }
        return changes;
    }

    public static DomainError NotFound(Facility state, Guid reservationId) =>
        DomainError.NotFound("reservation", $"{state.Name} holds no reservation {reservationId}.");
}

using Krisenstab.Accommodation.Facilities;
using Krisenstab.Accommodation.Reservations;
using Krisenstab.Contracts.Accommodation;
using Krisenstab.ServiceDefaults;
using Krisenstab.ServiceDefaults.Domain;

namespace Krisenstab.Accommodation.Placements;

/// <summary>
/// Give a household places as a whole: from free places, from a reservation (<paramref name="ReservationId"/>),
/// or as the arriving half of a transfer (<paramref name="TransferredFrom"/>).
/// </summary>
public sealed record PlaceHousehold(Household Household, Guid? ReservationId = null, Guid? TransferredFrom = null);

public sealed record MoveOut(string HouseholdRef, MoveOutReason Reason);

/// <summary>The leaving half of a transfer, decided and appended together with the arriving half.</summary>
public sealed record TransferOut(string HouseholdRef, Guid ToFacilityId);

/// <summary>Placing households, moving them out and transferring them: pure decisions.</summary>
public static class PlacementCommands
{
    public const int MaxHouseholdSize = 30;
    public const int MaxRefLength = 64;
    public const int MaxLanguages = 10;
    public const int MaxLanguageLength = 35;

    public static Decision Place(Facility state, PlaceHousehold command, DateTimeOffset now)
    {
        var household = command.Household;
        if (Validate(household) is { } invalid)
        {
            return invalid;
        }
        if (state.IsClosed)
        {
            return FacilityErrors.Closed(state);
        }
        if (state.Households.ContainsKey(household.Ref))
        {
            return DomainError.Conflict("household-already-placed", $"Household {household.Ref} is placed in {state.Name} already.");
        }
        var reservation = default(Reservation);
        if (command.ReservationId is { } reservationId)
        {
            if (!state.Reservations.TryGetValue(reservationId, out reservation))
            {
                return ReservationCommands.NotFound(state, reservationId);
            }
            if (reservation.IsDueAt(now))
            {
                return DomainError.Conflict("reservation-expired", $"Reservation {reservationId} expired at {reservation.ExpiresAt:u}.");
            }
        }
        var fromReservation = Math.Min(household.Size, reservation?.Places ?? 0);
        var changes = ReservationCommands.ExpireDue(new FacilityChanges(state), now);
        var fromFree = household.Size - fromReservation;
        if (changes.State.Unused < fromFree)
        {
            return FacilityErrors.NoRoom(changes.State, fromFree);
        }
        return changes.Record(occupancy => new HouseholdPlaced(
            state.Id,
            household.Ref,
            household.Size,
            household.Needs,
            household.Languages,
            command.ReservationId,
            fromReservation,
            command.TransferredFrom,
            occupancy));
    }

    public static Decision MoveOut(Facility state, MoveOut command) =>
        state.Households.TryGetValue(command.HouseholdRef, out var household)
            ? new FacilityChanges(state).Record(occupancy => new HouseholdMovedOut(state.Id, household.Ref, household.Size, command.Reason, occupancy))
            : HouseholdNotFound(state, command.HouseholdRef);

    public static Decision TransferOut(Facility state, TransferOut command)
    {
        if (command.ToFacilityId == state.Id)
        {
            return DomainError.Invalid("toFacilityId", "A household cannot be transferred to the facility it is in.");
        }
        return state.Households.TryGetValue(command.HouseholdRef, out var household)
            ? new FacilityChanges(state).Record(occupancy => new HouseholdTransferredOut(state.Id, household.Ref, household.Size, command.ToFacilityId, occupancy))
            : HouseholdNotFound(state, command.HouseholdRef);
    }

    public static DomainError? Validate(Household household) => Input.FirstError(
        Input.Text(household.Ref, "householdRef", MaxRefLength),
        Input.Positive(household.Size, "size", MaxHouseholdSize),
        Input.Few(household.Languages, "languages", MaxLanguages),
        household.Languages.Select(l => Input.Text(l, "languages", MaxLanguageLength)).FirstOrDefault(e => e is not null));

    public static DomainError HouseholdNotFound(Facility state, string householdRef) =>
        DomainError.NotFound("household", $"Household {householdRef} is not placed in {state.Name}.");
}

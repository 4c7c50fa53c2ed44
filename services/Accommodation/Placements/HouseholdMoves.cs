using Krisenstab.Accommodation.Facilities;
using Krisenstab.ServiceDefaults;
using Krisenstab.ServiceDefaults.Commands;

namespace Krisenstab.Accommodation.Placements;

/// <summary>
/// Placing, moving out and transferring as pure decisions over the facilities involved and the household's
/// <see cref="HouseholdResidence"/>: each writes every stream it depends on, so one atomic append checks them all.
/// </summary>
public static class HouseholdMoves
{
    /// <summary>Placed in the facility and recorded as living there; refused when it lives elsewhere or does not fit.</summary>
    public static JointDecision Place(Facility facility, HouseholdResidence residence, Guid facilityId, PlaceHousehold command, DateTimeOffset now)
    {
        var household = command.Household;
        if (PlacementCommands.Validate(household) is { } invalid)
        {
            return invalid;
        }
        if (residence.FacilityId is { } other && other != facility.Id)
        {
            return PlacedElsewhere(household.Ref, other);
        }
        if (!facility.Exists)
        {
            return FacilityErrors.NotFound(facilityId);
        }
        var placed = PlacementCommands.Place(facility, command, now);
        return placed.Error ?? JointDecision.Accept(placed.Events, [new HouseholdPlacedIn(household.Ref, facility.Id)]);
    }

    public static JointDecision MoveOut(Facility facility, HouseholdResidence residence, Guid facilityId, MoveOut command)
    {
        if (!facility.Exists)
        {
            return FacilityErrors.NotFound(facilityId);
        }
        var movedOut = PlacementCommands.MoveOut(facility, command);
        return movedOut.Error ?? JointDecision.Accept(movedOut.Events, [new HouseholdLeftFacility(command.HouseholdRef, facility.Id)]);
    }

    /// <summary>
    /// Out of the source, into the target (under the target's own room check), and recorded as living at the target — all
    /// or nothing. Running it again once done changes nothing.
    /// </summary>
    public static JointDecision Transfer(Facility source, Facility target, HouseholdResidence residence, Guid fromId, string householdRef, Guid toId, DateTimeOffset now)
    {
        if (fromId == toId)
        {
            return DomainError.Invalid("toFacilityId", "A household cannot be transferred to the facility it is in.");
        }
        if (!source.Exists)
        {
            return FacilityErrors.NotFound(fromId);
        }
        if (!target.Exists)
        {
            return DomainError.Invalid("toFacilityId", $"There is no facility {toId}.");
        }
        if (!source.Households.TryGetValue(householdRef, out var household))
        {
            return target.Households.ContainsKey(householdRef) ? JointDecision.Accept([], [], []) : PlacementCommands.HouseholdNotFound(source, householdRef);
        }
        if (residence.FacilityId is { } other && other != fromId)
        {
            return PlacedElsewhere(householdRef, other);
        }
        var placed = PlacementCommands.Place(target, new PlaceHousehold(household, TransferredFrom: fromId), now);
        if (placed.Error is { } refused)
        {
            return refused;
        }
        var released = PlacementCommands.TransferOut(source, new TransferOut(householdRef, toId));
        return released.Error ?? JointDecision.Accept(released.Events, placed.Events, [new HouseholdPlacedIn(householdRef, toId)]);
    }

    public static DomainError PlacedElsewhere(string householdRef, Guid facilityId) =>
        DomainError.Conflict("household-placed-elsewhere", $"Household {householdRef} is placed in facility {facilityId}; move it out or transfer it instead.");
}

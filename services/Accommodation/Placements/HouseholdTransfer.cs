using Krisenstab.Accommodation.Facilities;
using Krisenstab.Contracts;
using Krisenstab.Contracts.Accommodation;
using Krisenstab.EventStore;
using Krisenstab.ServiceDefaults;
using Krisenstab.ServiceDefaults.Commands;
using Microsoft.Extensions.Logging;

namespace Krisenstab.Accommodation.Placements;

/// <summary>
/// A transfer touches three streams, so it is guarded steps, never one read-then-write across them: first the
/// household's claim is handed from the source to the target (<see cref="HouseholdGuard"/>: no one else can place it
/// meanwhile), then it is placed at the target (under the target's version — it cannot overbook the target), then
/// released at the source (under the source's version). Between the steps the household holds places in both: the
/// picture under-reports free places for a moment but never overbooks. If the target refuses, the claim goes back; if
/// the source can no longer release it (it moved out meanwhile), the placement at the target is undone and the claim
/// released. Running a transfer again finishes it.
/// </summary>
public sealed class HouseholdTransfer(
    CommandRunner<Facility> facilities, AggregateStore<Facility> store, HouseholdGuard guard, ILogger<HouseholdTransfer> logger)
{
    public async Task<(TransferDone? Done, DomainError? Error)> RunAsync(
        Guid fromId, string householdRef, Guid toId, EventMetadata metadata, CancellationToken cancellationToken)
    {
        if (fromId == toId)
        {
            return (null, DomainError.Invalid("toFacilityId", "A household cannot be transferred to the facility it is in."));
        }
        var source = (await store.LoadAsync(fromId, cancellationToken)).State;
        var target = (await store.LoadAsync(toId, cancellationToken)).State;
        if (!source.Exists)
        {
            return (null, FacilityErrors.NotFound(fromId));
        }
        if (!target.Exists)
        {
            return (null, DomainError.Invalid("toFacilityId", $"There is no facility {toId}."));
        }
        var household = source.Households.GetValueOrDefault(householdRef) ?? target.Households.GetValueOrDefault(householdRef);
        if (household is null)
        {
            return (null, PlacementCommands.HouseholdNotFound(source, householdRef));
        }
        if (!target.Households.ContainsKey(householdRef))
        {
            if (await guard.HandOverAsync(householdRef, fromId, toId, metadata, cancellationToken) is { } claimedElsewhere)
            {
                return (null, claimedElsewhere);
            }
            var placed = await facilities.ChangeAsync(
                toId, (facility, now) => PlacementCommands.Place(facility, new PlaceHousehold(household, TransferredFrom: fromId), now), metadata, cancellationToken);
            if (placed.Error is { } refused)
            {
                await guard.HandOverAsync(householdRef, toId, fromId, metadata, cancellationToken);
                return (null, refused);
            }
            target = placed.State;
        }
        if (source.Households.ContainsKey(householdRef))
        {
            var released = await facilities.ChangeAsync(
                fromId, (facility, _) => PlacementCommands.TransferOut(facility, new TransferOut(householdRef, toId)), metadata, cancellationToken);
            if (released.Error is { } refused)
            {
                await UndoAsync(toId, householdRef, metadata, cancellationToken);
                await guard.ReleaseAsync(householdRef, toId, metadata, cancellationToken);
                return (null, refused);
            }
            source = released.State;
        }
        return (new TransferDone(householdRef, fromId, source.Occupancy, toId, target.Occupancy), null);
    }

    private async Task UndoAsync(Guid toId, string householdRef, EventMetadata metadata, CancellationToken cancellationToken)
    {
        var undone = await facilities.ChangeAsync(
            toId, (facility, _) => PlacementCommands.MoveOut(facility, new MoveOut(householdRef, MoveOutReason.TransferUndone)), metadata, cancellationToken);
        if (undone.Error is { } error)
        {
            logger.LogWarning("Undoing the transfer of {Household} at {Facility} failed: {Detail}", householdRef, toId, error.Detail);
        }
    }
}

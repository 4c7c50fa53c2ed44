using Krisenstab.Accommodation.Facilities;
using Krisenstab.Contracts;
using Krisenstab.Contracts.Accommodation;
using Krisenstab.EventStore;
using Krisenstab.ServiceDefaults;
using Krisenstab.ServiceDefaults.Commands;
using Microsoft.Extensions.Logging;

namespace Krisenstab.Accommodation.Placements;

/// <summary>
/// A transfer touches two streams, so it is two guarded steps, never one read-then-write across both: first the
/// household is placed at the target (under the target's version — it cannot overbook the target), then released at
/// the source (under the source's version). Between the steps the household holds places in both: the picture
/// under-reports free places for a moment but never overbooks. If the source can no longer release it (it moved out
/// meanwhile), the placement at the target is undone. Running a transfer again finishes it.
/// </summary>
public sealed class HouseholdTransfer(CommandRunner<Facility> facilities, AggregateStore<Facility> store, ILogger<HouseholdTransfer> logger)
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
            var placed = await facilities.ChangeAsync(
                toId, (facility, now) => PlacementCommands.Place(facility, new PlaceHousehold(household, TransferredFrom: fromId), now), metadata, cancellationToken);
            if (placed.Error is { } refused)
            {
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

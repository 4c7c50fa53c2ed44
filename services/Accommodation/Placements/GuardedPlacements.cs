using Krisenstab.Accommodation.Facilities;
using Krisenstab.Contracts;
using Krisenstab.ServiceDefaults.Commands;

namespace Krisenstab.Accommodation.Placements;

/// <summary>Placing and moving out households with the <see cref="HouseholdGuard"/> around the facility's own decision.</summary>
public sealed class GuardedPlacements(CommandRunner<Facility> facilities, HouseholdGuard guard)
{
    /// <summary>
    /// Claims the household, places it; a refused placement lets the claim go again. A retry with an idempotency key
    /// used before is answered from the facility's stream without touching the claim.
    /// </summary>
    public async Task<CommandResult<Facility>> PlaceAsync(
        Guid facilityId, PlaceHousehold command, EventMetadata metadata, IdempotencyKey? key, CancellationToken cancellationToken)
    {
        if (key is not null && key.FindEarlierUse(await facilities.Store.LoadAsync(facilityId, cancellationToken)) is { } earlier)
        {
            return earlier;
        }
        var household = command.Household;
        var refusal = PlacementCommands.Validate(household) ?? await guard.ClaimAsync(household.Ref, facilityId, metadata, cancellationToken);
        if (refusal is not null)
        {
            return new CommandResult<Facility>(Facility.None, -1, [], refusal);
        }
        var placed = await facilities.ChangeAsync(
            facilityId, (facility, now) => PlacementCommands.Place(facility, command, now), metadata, cancellationToken, key);
        if (placed.Error is not null && !placed.State.Households.ContainsKey(household.Ref))
        {
            await guard.ReleaseAsync(household.Ref, facilityId, metadata, cancellationToken);
        }
        return placed;
    }

    public async Task<CommandResult<Facility>> MoveOutAsync(Guid facilityId, MoveOut command, EventMetadata metadata, CancellationToken cancellationToken)
    {
        var movedOut = await facilities.ChangeAsync(facilityId, (facility, _) => PlacementCommands.MoveOut(facility, command), metadata, cancellationToken);
        if (movedOut.Error is null)
        {
            await guard.ReleaseAsync(command.HouseholdRef, facilityId, metadata, cancellationToken);
        }
        return movedOut;
    }
}

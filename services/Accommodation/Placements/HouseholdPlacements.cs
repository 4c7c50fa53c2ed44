using Krisenstab.Accommodation.Facilities;
using Krisenstab.Contracts;
using Krisenstab.EventStore;
using Krisenstab.ServiceDefaults;
using Krisenstab.ServiceDefaults.Commands;

namespace Krisenstab.Accommodation.Placements;

/// <summary>
/// Placing, moving out and transferring households: the <see cref="HouseholdMoves"/> decisions over the facilities and the
/// household's <see cref="HouseholdResidence"/>, appended to all their streams at once by the <see cref="JointCommandRunner"/>.
/// A household is therefore never in two facilities, never placed without its residence record, and a transfer is never
/// half done: there is nothing to compensate.
/// </summary>
public sealed class HouseholdPlacements(JointCommandRunner runner, AggregateStore<Facility> facilities, AggregateStore<HouseholdResidence> residences)
{
    public async Task<CommandResult<Facility>> PlaceAsync(
        Guid facilityId, PlaceHousehold command, EventMetadata metadata, IdempotencyKey? key, CancellationToken cancellationToken) =>
        FacilityOutcome(await runner.RunAsync(
            facilities.At(facilityId),
            residences.At(command.Household.Ref),
            (facility, residence, now) => HouseholdMoves.Place(facility, residence, facilityId, command, now),
            metadata,
            cancellationToken,
            key));

    public async Task<CommandResult<Facility>> MoveOutAsync(Guid facilityId, MoveOut command, EventMetadata metadata, CancellationToken cancellationToken) =>
        FacilityOutcome(await runner.RunAsync(
            facilities.At(facilityId),
            residences.At(command.HouseholdRef),
            (facility, residence, _) => HouseholdMoves.MoveOut(facility, residence, facilityId, command),
            metadata,
            cancellationToken));

    public async Task<(TransferDone? Done, DomainError? Error)> TransferAsync(
        Guid fromId, string householdRef, Guid toId, EventMetadata metadata, CancellationToken cancellationToken)
    {
        var outcome = await runner.RunAsync(
            facilities.At(fromId),
            facilities.At(toId),
            residences.At(householdRef),
            (source, target, residence, now) => HouseholdMoves.Transfer(source, target, residence, fromId, householdRef, toId, now),
            metadata,
            cancellationToken);
        var (from, to, _) = outcome.State;
        return outcome.Error is { } error ? (null, error) : (new TransferDone(householdRef, fromId, from.Occupancy, toId, to.Occupancy), null);
    }

    private static CommandResult<Facility> FacilityOutcome(CommandResult<(Facility Facility, HouseholdResidence Residence)> outcome) =>
        new(outcome.State.Facility, outcome.Version, outcome.Events, outcome.Error);
}

using Krisenstab.Contracts;
using Krisenstab.EventStore;
using Krisenstab.ServiceDefaults;
using Krisenstab.ServiceDefaults.Domain;
using Microsoft.Extensions.Options;

namespace Krisenstab.Accommodation.Facilities;

/// <summary>
/// Runs a pure decision against a facility's stream: load, decide, append with the loaded version as the expected
/// one. When someone else wrote first it loads and decides again — so concurrency alone never refuses a command that
/// still fits, and the stream's version guarantees no decision was taken on stale figures.
/// </summary>
public sealed class FacilityCommandHandler(FacilityStore store, TimeProvider time, IOptions<AccommodationOptions> options)
{
    public delegate Decision Decide(Facility facility, DateTimeOffset now);

    public Task<CommandOutcome> RegisterAsync(RegisterFacility command, EventMetadata metadata, CancellationToken cancellationToken) =>
        RunAsync(command.FacilityId, (facility, now) => FacilityCommands.Register(facility, command, now), metadata, null, mustExist: false, cancellationToken);

    /// <summary>A command on a registered facility; 404 when there is none.</summary>
    public Task<CommandOutcome> ChangeAsync(Guid facilityId, Decide decide, EventMetadata metadata, CancellationToken cancellationToken, IdempotencyKey? key = null) =>
        RunAsync(facilityId, decide, metadata, key, mustExist: true, cancellationToken);

    private async Task<CommandOutcome> RunAsync(
        Guid facilityId, Decide decide, EventMetadata metadata, IdempotencyKey? key, bool mustExist, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var loaded = await store.LoadAsync(facilityId, cancellationToken);
            var facility = loaded.State;
            if (mustExist && !facility.Exists)
            {
                return CommandOutcome.Refused(facility, FacilityErrors.NotFound(facilityId));
            }
            if (key is not null && loaded.EventIds.Contains(key.EventId(facilityId, 0)))
            {
                return new CommandOutcome(facility, null, []);
            }
            var now = time.GetUtcNow();
            var decision = decide(facility, now);
            if (decision.Error is { } error)
            {
                return CommandOutcome.Refused(facility, error);
            }
            if (decision.Events.Count == 0)
            {
                return new CommandOutcome(facility, null, []);
            }
            try
            {
                await store.AppendAsync(
                    facilityId, loaded.Version, decision.Events, key?.EventIds(facilityId, decision.Events.Count), metadata with { OccurredAt = now }, cancellationToken);
                return new CommandOutcome(decision.Events.Aggregate(facility, (state, e) => state.Apply(e)), null, decision.Events);
            }
            catch (WrongExpectedVersionException) when (attempt < options.Value.MaxAttempts)
            {
                // Someone else changed the facility since we loaded it: decide again on fresh figures.
            }
            catch (WrongExpectedVersionException)
            {
                return CommandOutcome.Refused(facility, DomainError.Conflict(
                    "concurrent-change", $"{facility.Name} was changed by others {attempt} times while this was decided; try again."));
            }
        }
    }
}

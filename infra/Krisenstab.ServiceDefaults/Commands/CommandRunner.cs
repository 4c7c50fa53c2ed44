using Krisenstab.Contracts;
using Krisenstab.EventStore;
using Krisenstab.ServiceDefaults.Domain;
using Microsoft.Extensions.Options;

namespace Krisenstab.ServiceDefaults.Commands;

/// <summary>
/// Runs a pure decision against one aggregate's stream: load, decide, append with the loaded version as the expected
/// one. When someone else wrote first it loads and decides again (up to <see cref="CommandRunnerOptions.MaxAttempts"/>),
/// so concurrency alone never refuses a command that still fits, and no decision is appended on stale state.
/// </summary>
public sealed class CommandRunner<TState>(AggregateStore<TState> store, TimeProvider time, IOptions<CommandRunnerOptions> options)
{
    public delegate Decision Decide(TState state, DateTimeOffset now);

    public AggregateStore<TState> Store => store;

    /// <param name="key">The client's idempotency key: a retry finds its events stored and changes nothing.</param>
    /// <param name="expected">
    /// The version the caller saw (HTTP <c>If-Match</c>): appended under it and never re-decided; a mismatch is 412.
    /// </param>
    public async Task<CommandResult<TState>> RunAsync(
        StreamName stream,
        Decide decide,
        EventMetadata metadata,
        CancellationToken cancellationToken,
        IdempotencyKey? key = null,
        ExpectedVersion? expected = null)
    {
        for (var attempt = 1; ; attempt++)
        {
            var loaded = await store.LoadAsync(stream, cancellationToken);
            if (key?.FindEarlierUse(loaded) is { } earlier)
            {
                return earlier;
            }
            var now = time.GetUtcNow();
            var decision = decide(loaded.State, now);
            if (decision.Error is { } error)
            {
                return new CommandResult<TState>(loaded.State, loaded.Version, [], error);
            }
            try
            {
                var stamped = key?.Stamp(metadata, now) ?? metadata with { OccurredAt = now };
                var appended = await store.AppendAsync(
                    stream, expected ?? loaded.NextExpected, decision.Events, stamped, key?.EventIds(decision.Events.Count), cancellationToken);
                var after = decision.Events.Aggregate(loaded.State, store.Apply);
                return new CommandResult<TState>(after, appended?.NextExpectedVersion ?? loaded.Version, decision.Events, null);
            }
            catch (WrongExpectedVersionException conflict) when (expected is not null)
            {
                return new CommandResult<TState>(loaded.State, loaded.Version, [], DomainError.PreconditionFailed(conflict.Message));
            }
            catch (WrongExpectedVersionException) when (attempt < options.Value.MaxAttempts)
            {
                // Someone else changed the stream since we loaded it: decide again on the fresh state.
            }
            catch (WrongExpectedVersionException)
            {
                return new CommandResult<TState>(loaded.State, loaded.Version, [], DomainError.Conflict(
                    "concurrent-change", $"{stream} was changed by others {attempt} times while this was decided; try again."));
            }
        }
    }
}

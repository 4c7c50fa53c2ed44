using Krisenstab.Contracts;
using Krisenstab.EventStore;
using Krisenstab.ServiceDefaults.Domain;

namespace Krisenstab.ServiceDefaults.Commands;

/// <summary>
/// Runs a pure decision against one aggregate's stream: load, decide, append with the loaded version as the expected
/// one. When someone else wrote first it loads and decides again (up to <see cref="CommandRunnerOptions.MaxAttempts"/>),
/// so concurrency alone never refuses a command that still fits, and no decision is appended on stale state.
/// The one-aggregate case of the <see cref="JointCommandRunner"/>.
/// </summary>
public sealed class CommandRunner<TState>(AggregateStore<TState> store, JointCommandRunner joint)
{
    public delegate Decision Decide(TState state, DateTimeOffset now);

    public AggregateStore<TState> Store => store;

    /// <param name="key">The client's idempotency key: a retry finds its events stored and changes nothing.</param>
    /// <param name="expected">
    /// The version the caller saw (HTTP <c>If-Match</c>): appended under it and never re-decided; a mismatch is 412.
    /// </param>
    public Task<CommandResult<TState>> RunAsync(
        StreamName stream,
        Decide decide,
        EventMetadata metadata,
        CancellationToken cancellationToken,
        IdempotencyKey? key = null,
        ExpectedVersion? expected = null) =>
        joint.RunAsync(
            [new AggregateRef<TState>(store, stream)],
            (states, now) => JointDecision.Of(decide((TState)states[0], now)),
            states => (TState)states[0],
            metadata,
            key,
            expected,
            cancellationToken);
}

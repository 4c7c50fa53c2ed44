using Krisenstab.Contracts;
using Krisenstab.EventStore;
using Krisenstab.ServiceDefaults.Domain;
using Microsoft.Extensions.Options;

namespace Krisenstab.ServiceDefaults.Commands;

/// <summary>
/// Runs a pure decision over one, two or three aggregates of one store: load each, decide over their states, append
/// each aggregate's events under the version it was loaded at — all streams in one atomic multi-stream append. When
/// someone else wrote to any of them first, nothing is stored and it loads and decides again (up to
/// <see cref="CommandRunnerOptions.MaxAttempts"/>). So an invariant spanning the aggregates is checked by each stream's
/// own version in one transaction, never by a read of one stream followed by a write to another.
/// Only the streams a decision writes are checked: a decision that depends on an aggregate must write to it.
/// Within this process, commands on a stream take turns (<see cref="CommandGates"/>): re-decisions are left for writers
/// in other processes, and a command that cannot start in time throws <see cref="CommandsOverloadedException"/>.
/// </summary>
public sealed class JointCommandRunner(TimeProvider time, IOptions<CommandRunnerOptions> options, CommandGates gates)
{
    /// <summary>
    /// The states after, as one value; <see cref="CommandResult{TState}.Version"/> is the first aggregate's (the one the
    /// request addresses), <see cref="CommandResult{TState}.Events"/> are all aggregates' events.
    /// </summary>
    public Task<CommandResult<(T1, T2)>> RunAsync<T1, T2>(
        AggregateRef<T1> first,
        AggregateRef<T2> second,
        Func<T1, T2, DateTimeOffset, JointDecision> decide,
        EventMetadata metadata,
        CancellationToken cancellationToken,
        IdempotencyKey? key = null) =>
        RunAsync(
            [first, second], (s, now) => decide((T1)s[0], (T2)s[1], now), s => ((T1)s[0], (T2)s[1]), metadata, key, null, cancellationToken);

    public Task<CommandResult<(T1, T2, T3)>> RunAsync<T1, T2, T3>(
        AggregateRef<T1> first,
        AggregateRef<T2> second,
        AggregateRef<T3> third,
        Func<T1, T2, T3, DateTimeOffset, JointDecision> decide,
        EventMetadata metadata,
        CancellationToken cancellationToken,
        IdempotencyKey? key = null) =>
        RunAsync(
            [first, second, third], (s, now) => decide((T1)s[0], (T2)s[1], (T3)s[2], now), s => ((T1)s[0], (T2)s[1], (T3)s[2]),
            metadata, key, null, cancellationToken);

    /// <param name="expectedFirst">The version the caller saw of the first aggregate (HTTP <c>If-Match</c>): appended under it and never re-decided.</param>
    internal async Task<CommandResult<TResult>> RunAsync<TResult>(
        IReadOnlyList<IAggregatePart> parts,
        Func<IReadOnlyList<object>, DateTimeOffset, JointDecision> decide,
        Func<IReadOnlyList<object>, TResult> result,
        EventMetadata metadata,
        IdempotencyKey? key,
        ExpectedVersion? expectedFirst,
        CancellationToken cancellationToken)
    {
        var store = parts[0].EventStore;
        if (parts.Any(p => p.EventStore != store))
        {
            throw new ArgumentException("A joint command's aggregates must live in one store.", nameof(parts));
        }
        // In the queue from the start, so that a burst is refused before it reads anything and every wait is bounded.
        using var ticket = gates.Queue(parts.Select(p => p.Stream));
        // Before the turn: read the streams into the cache and answer a retry, so the turn itself reads nothing.
        var prefetched = new List<LoadedAggregate<object>>(parts.Count);
        foreach (var part in parts)
        {
            prefetched.Add(await part.LoadAsync(cancellationToken));
        }
        if (key is not null && await key.FindEarlierUseAsync(store, cancellationToken) is (true, var reused))
        {
            return new CommandResult<TResult>(result([.. prefetched.Select(l => l.State)]), prefetched[0].Version, [], reused);
        }
        for (var attempt = 1; ; attempt++)
        {
            Queued queued;
            await using (await ticket.EnterAsync(cancellationToken))
            {
                // A re-decision reads the streams and looks for the key again: someone else wrote, maybe this very request.
                var (done, next) = await DecideAndQueueAsync(
                    store, parts, decide, result, metadata, key, lookForKey: attempt > 1, expectedFirst, trustCache: attempt == 1, cancellationToken);
                if (done is not null)
                {
                    return done;
                }
                queued = next!;
            }
            // The streams are free again: the next command is decided on the states this append leaves while it commits.
            var committed = false;
            try
            {
                var firstVersion = await queued.Appending;
                committed = true;
                return new CommandResult<TResult>(result(queued.After), firstVersion, queued.Events, null);
            }
            catch (WrongExpectedVersionException conflict) when (expectedFirst is not null)
            {
                return new CommandResult<TResult>(result(queued.States), queued.FirstVersion, [], DomainError.PreconditionFailed(conflict.Message));
            }
            catch (WrongExpectedVersionException) when (attempt < options.Value.MaxAttempts)
            {
                // Someone else changed one of the streams since we loaded it (or an append we decided after failed): decide again.
            }
            catch (WrongExpectedVersionException conflict)
            {
                var changed = conflict.Stream.Length > 0 ? conflict.Stream : string.Join(", ", parts.Select(p => p.Stream));
                return new CommandResult<TResult>(result(queued.States), queued.FirstVersion, [], DomainError.Conflict(
                    "concurrent-change", $"{changed} was changed by others {attempt} times while this was decided; try again."));
            }
            finally
            {
                foreach (var settle in queued.Settle)
                {
                    settle(committed);
                }
            }
        }
    }

    /// <summary>
    /// Under the streams' gates: loads (the cached states when trusted), answers an earlier use of the key (when asked to
    /// look), a stale If-Match or a refusal at once (done);
    /// otherwise queues the append of every aggregate's events in one transaction and notes the states it will leave.
    /// Once queued, the append runs to its end whatever happens to the request: all of it is stored, or none.
    /// </summary>
    private async Task<(CommandResult<TResult>? Done, Queued? Queued)> DecideAndQueueAsync<TResult>(
        IEventStore store,
        IReadOnlyList<IAggregatePart> parts,
        Func<IReadOnlyList<object>, DateTimeOffset, JointDecision> decide,
        Func<IReadOnlyList<object>, TResult> result,
        EventMetadata metadata,
        IdempotencyKey? key,
        bool lookForKey,
        ExpectedVersion? expectedFirst,
        bool trustCache,
        CancellationToken cancellationToken)
    {
        var loaded = new List<LoadedAggregate<object>>(parts.Count);
        foreach (var part in parts)
        {
            loaded.Add(await part.LoadForDecisionAsync(trustCache, cancellationToken));
        }
        var states = loaded.Select(l => l.State).ToList();
        if (lookForKey && key is not null && await key.FindEarlierUseAsync(store, cancellationToken) is (true, var reused))
        {
            return (new CommandResult<TResult>(result(states), loaded[0].Version, [], reused), null);
        }
        if (expectedFirst is { } seen && !seen.IsAny && seen.Value != loaded[0].Version)
        {
            // The caller saw another version: 412 even for a decision that would change nothing or refuse.
            return (new CommandResult<TResult>(result(states), loaded[0].Version, [], DomainError.PreconditionFailed(
                new WrongExpectedVersionException(parts[0].Stream.Value, seen, loaded[0].Version).Message)), null);
        }
        var now = time.GetUtcNow();
        var decision = decide(states, now);
        if (decision.Error is { } refused)
        {
            return (new CommandResult<TResult>(result(states), loaded[0].Version, [], refused), null);
        }
        if (decision.Events.Count != parts.Count)
        {
            throw new InvalidOperationException($"A joint decision over {parts.Count} aggregates gave events for {decision.Events.Count}.");
        }
        var after = parts.Select((part, i) => decision.Events[i].Aggregate(states[i], part.Apply)).ToList();
        IReadOnlyList<object> events = [.. decision.Events.SelectMany(e => e)];
        var appends = ToAppends(parts, loaded, decision, metadata, key, expectedFirst, now);
        if (appends.Count == 0)
        {
            return (new CommandResult<TResult>(result(after), loaded[0].Version, events, null), null);
        }
        var appending = store.AppendAsync(appends.Select(a => a.Append).ToList(), CancellationToken.None);
        var settle = appends.Where(a => !a.Append.Expected.IsAny)
            .Select(a => parts[a.Part].Expect(after[a.Part], loaded[a.Part].Version + a.Append.Events.Count, a.Append.Events[^1].EventId))
            .ToList();
        async Task<long> FirstVersionAsync()
        {
            var results = await appending;
            return decision.Events[0].Count > 0 ? results[0].NextExpectedVersion : loaded[0].Version;
        }
        return (null, new Queued(states, after, events, loaded[0].Version, settle, FirstVersionAsync()));
    }

    /// <summary>
    /// Every aggregate's events as its part of one append (none for an aggregate without events), each under the version
    /// it was loaded at and after the event it was decided after (so a decision on a state still being committed fails
    /// if that commit does).
    /// </summary>
    private static List<(int Part, StreamAppend Append)> ToAppends(
        IReadOnlyList<IAggregatePart> parts,
        List<LoadedAggregate<object>> loaded,
        JointDecision decision,
        EventMetadata metadata,
        IdempotencyKey? key,
        ExpectedVersion? expectedFirst,
        DateTimeOffset now)
    {
        var stamped = key?.Stamp(metadata, now) ?? metadata with { OccurredAt = now };
        var ids = key?.EventIds(decision.Events.Sum(e => e.Count));
        var appends = new List<(int, StreamAppend)>(parts.Count);
        var firstIndex = 0;
        for (var i = 0; i < parts.Count; i++)
        {
            var expected = i == 0 && expectedFirst is { } given ? given : loaded[i].NextExpected;
            var events = decision.Events[i];
            if (parts[i].ToAppend(expected, loaded[i].LastEventId, events, stamped, ids?.Skip(firstIndex).Take(events.Count).ToList()) is { } append)
            {
                appends.Add((i, append));
            }
            firstIndex += events.Count;
        }
        return appends;
    }

    /// <summary>A decided command whose append is queued: the states before and after, and how to settle the noted states.</summary>
    private sealed record Queued(
        IReadOnlyList<object> States, IReadOnlyList<object> After, IReadOnlyList<object> Events, long FirstVersion, List<Action<bool>> Settle, Task<long> Appending);
}

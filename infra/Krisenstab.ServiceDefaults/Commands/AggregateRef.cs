using Krisenstab.Contracts;
using Krisenstab.EventStore;

namespace Krisenstab.ServiceDefaults.Commands;

/// <summary>One aggregate a command reads and may write: its kind (<see cref="AggregateStore{TState}"/>) and its stream.</summary>
public sealed record AggregateRef<TState>(AggregateStore<TState> Store, StreamName Stream) : IAggregatePart
{
    async Task<LoadedAggregate<object>> IAggregatePart.LoadAsync(CancellationToken cancellationToken) =>
        AsObject(await Store.LoadAsync(Stream, cancellationToken));

    async Task<LoadedAggregate<object>> IAggregatePart.LoadForDecisionAsync(bool trustCache, CancellationToken cancellationToken) =>
        AsObject(await Store.LoadForDecisionAsync(Stream, trustCache, cancellationToken));

    private static LoadedAggregate<object> AsObject(LoadedAggregate<TState> loaded) =>
        new(loaded.Stream, loaded.State!, loaded.Version) { LastEventId = loaded.LastEventId };

    IEventStore IAggregatePart.EventStore => Store.EventStore;

    StreamAppend? IAggregatePart.ToAppend(
        ExpectedVersion expected, Guid? afterEventId, IReadOnlyList<object> events, EventMetadata metadata, IReadOnlyList<Guid>? eventIds) =>
        Store.ToAppend(Stream, expected, events, metadata, eventIds) is { } append ? append with { AfterEventId = afterEventId } : null;

    object IAggregatePart.Apply(object state, object @event) => Store.Apply((TState)state, @event)!;

    Action<bool> IAggregatePart.Expect(object after, long version, Guid lastEventId) =>
        Store.Expect(Stream, (TState)after, version, lastEventId).Settle;
}

public static class AggregateRefExtensions
{
    public static AggregateRef<TState> At<TState>(this AggregateStore<TState> store, Guid id) => new(store, store.StreamOf(id));

    public static AggregateRef<TState> At<TState>(this AggregateStore<TState> store, string id) => new(store, store.StreamOf(id));
}

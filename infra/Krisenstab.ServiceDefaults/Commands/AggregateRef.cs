using Krisenstab.Contracts;
using Krisenstab.EventStore;

namespace Krisenstab.ServiceDefaults.Commands;

/// <summary>One aggregate a command reads and may write: its kind (<see cref="AggregateStore{TState}"/>) and its stream.</summary>
public sealed record AggregateRef<TState>(AggregateStore<TState> Store, StreamName Stream) : IAggregatePart
{
    async Task<LoadedAggregate<object>> IAggregatePart.LoadAsync(CancellationToken cancellationToken)
    {
        var loaded = await Store.LoadAsync(Stream, cancellationToken);
        return new LoadedAggregate<object>(loaded.Stream, loaded.State!, loaded.Version);
    }

    IEventStore IAggregatePart.EventStore => Store.EventStore;

    StreamAppend? IAggregatePart.ToAppend(ExpectedVersion expected, IReadOnlyList<object> events, EventMetadata metadata, IReadOnlyList<Guid>? eventIds) =>
        Store.ToAppend(Stream, expected, events, metadata, eventIds);

    object IAggregatePart.Apply(object state, object @event) => Store.Apply((TState)state, @event)!;
}

public static class AggregateRefExtensions
{
    public static AggregateRef<TState> At<TState>(this AggregateStore<TState> store, Guid id) => new(store, store.StreamOf(id));

    public static AggregateRef<TState> At<TState>(this AggregateStore<TState> store, string id) => new(store, store.StreamOf(id));
}

using Krisenstab.Contracts;

namespace Krisenstab.EventStore;

/// <summary>
/// One kind of aggregate in one store: a stream per aggregate (<c>{category}-{id}</c>), folded from
/// <paramref name="initial"/> with <paramref name="apply"/>. Events the serializer does not know are passed over.
/// </summary>
public sealed class AggregateStore<TState>(
    IEventStore store, EventSerializer serializer, string category, TState initial, Func<TState, object, TState> apply)
{
    public string Category { get; } = category;

    public StreamName StreamOf(Guid id) => StreamName.For(Category, id);

    public StreamName StreamOf(string id) => StreamName.For(Category, id);

    /// <summary>Folds one event into the state, as loading does.</summary>
    public TState Apply(TState state, object @event) => apply(state, @event);

    public Task<LoadedAggregate<TState>> LoadAsync(Guid id, CancellationToken cancellationToken = default) => LoadAsync(StreamOf(id), cancellationToken);

    /// <summary>The state, the stream version (-1 when the stream does not exist) and the recorded events.</summary>
    public async Task<LoadedAggregate<TState>> LoadAsync(StreamName stream, CancellationToken cancellationToken = default)
    {
        var recorded = await store.ReadStreamAsync(stream, 0, cancellationToken);
        var state = initial;
        foreach (var e in recorded)
        {
            if (serializer.TryDeserialize(e, out var @event))
            {
                state = apply(state, @event!);
            }
        }
        return new LoadedAggregate<TState>(stream, state, recorded.Count == 0 ? -1 : recorded[^1].StreamVersion, recorded);
    }

    /// <summary>The event store the aggregate lives in: aggregates of one store can be appended to together.</summary>
    public IEventStore EventStore => store;

    /// <summary>
    /// Appends the events with one metadata (ids given, or new), or does nothing and returns null when there are none.
    /// Throws <see cref="WrongExpectedVersionException"/> when someone else wrote first.
    /// </summary>
    public async Task<AppendResult?> AppendAsync(
        StreamName stream,
        ExpectedVersion expected,
        IReadOnlyList<object> events,
        EventMetadata metadata,
        IReadOnlyList<Guid>? eventIds = null,
        CancellationToken cancellationToken = default) =>
        ToAppend(stream, expected, events, metadata, eventIds) is { } append
            ? (await store.AppendAsync([append], cancellationToken))[0]
            : null;

    /// <summary>The events serialized with one metadata (ids given, or new) as one stream's part of an append; null when there are none.</summary>
    public StreamAppend? ToAppend(StreamName stream, ExpectedVersion expected, IReadOnlyList<object> events, EventMetadata metadata, IReadOnlyList<Guid>? eventIds = null) =>
        events.Count == 0 ? null : new StreamAppend(stream, expected, [.. events.Select((e, i) => serializer.Serialize(e, metadata, eventIds?[i]))]);
}

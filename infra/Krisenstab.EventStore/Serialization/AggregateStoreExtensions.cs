using Krisenstab.Contracts;

namespace Krisenstab.EventStore;

/// <summary>The two moves of a command handler: fold a stream into state, append the decided events.</summary>
public static class AggregateStoreExtensions
{
    /// <summary>
    /// Folds the stream into state. Version is -1 when the stream does not exist, so
    /// <see cref="ExpectedVersion.After(long)"/> of it is the right expectation for the next append.
    /// Events of types the serializer does not know are passed over.
    /// </summary>
    public static async Task<(TState State, long Version)> LoadAsync<TState>(
        this IEventStore store,
        StreamName stream,
        TState initial,
        Func<TState, object, TState> apply,
        EventSerializer serializer,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(apply);
        ArgumentNullException.ThrowIfNull(serializer);
        var recorded = await store.ReadStreamAsync(stream, 0, cancellationToken);
        var state = initial;
        foreach (var e in recorded)
        {
            if (serializer.TryDeserialize(e, out var @event))
            {
                state = apply(state, @event!);
            }
        }
        return (state, recorded.Count == 0 ? -1 : recorded[^1].StreamVersion);
    }

    /// <summary>Serializes the events with the same metadata and appends them; nothing to append is a no-op returning null.</summary>
    public static async Task<AppendResult?> AppendEventsAsync(
        this IEventStore store,
        StreamName stream,
        ExpectedVersion expected,
        IEnumerable<object> events,
        EventMetadata metadata,
        EventSerializer serializer,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(serializer);
        var data = events.Select(e => serializer.Serialize(e, metadata)).ToList();
        return data.Count == 0 ? null : await store.AppendAsync(stream, expected, data, cancellationToken);
    }
}

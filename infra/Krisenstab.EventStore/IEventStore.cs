namespace Krisenstab.EventStore;

/// <summary>
/// An append-only log of streams, shaped like EventStoreDB's client so that one can be put behind it later.
/// Appends are durable when the task completes.
/// </summary>
public interface IEventStore
{
    /// <summary>
    /// Appends atomically. Throws <see cref="WrongExpectedVersionException"/> on a conflict.
    /// Retrying an append whose event ids are already stored at the same place returns the original result
    /// without storing them again.
    /// </summary>
    Task<AppendResult> AppendAsync(StreamName stream, ExpectedVersion expected, IReadOnlyList<EventData> events, CancellationToken cancellationToken = default);

    /// <summary>The stream's events from <paramref name="fromVersion"/> on, in order; empty if the stream does not exist.</summary>
    Task<IReadOnlyList<RecordedEvent>> ReadStreamAsync(StreamName stream, long fromVersion = 0, CancellationToken cancellationToken = default);

    /// <summary>
    /// Up to <paramref name="maxCount"/> events with a global position greater than <paramref name="afterPosition"/>,
    /// in global order. Never returns an event while an earlier-positioned one may still commit.
    /// </summary>
    Task<IReadOnlyList<RecordedEvent>> ReadAllAsync(long afterPosition, int maxCount, CancellationToken cancellationToken = default);

    /// <summary>Completes when something may have been appended after this call (or at the latest after <paramref name="timeout"/>).</summary>
    Task WaitForAppendAsync(TimeSpan timeout, CancellationToken cancellationToken = default);
}

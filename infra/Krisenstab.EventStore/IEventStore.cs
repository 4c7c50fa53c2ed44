namespace Krisenstab.EventStore;

/// <summary>
/// An append-only log of streams, shaped like EventStoreDB's client so that one can be put behind it later.
/// Appends are durable when the task completes.
/// </summary>
public interface IEventStore
{
    /// <summary>
    /// Appends to one stream atomically: the one-element case of <see cref="AppendAsync(IReadOnlyList{StreamAppend}, CancellationToken)"/>.
    /// </summary>
    Task<AppendResult> AppendAsync(StreamName stream, ExpectedVersion expected, IReadOnlyList<EventData> events, CancellationToken cancellationToken = default);

    /// <summary>
    /// Appends to several distinct streams in one transaction: every stream's expected version is checked and all events
    /// are stored, or nothing is stored and <see cref="WrongExpectedVersionException"/> names the stream that conflicted.
    /// Retrying an append whose event ids are all already stored at the same places returns the original results
    /// (one per stream, in the order given) without storing them again.
    /// </summary>
    Task<IReadOnlyList<AppendResult>> AppendAsync(IReadOnlyList<StreamAppend> appends, CancellationToken cancellationToken = default);

    /// <summary>The stream's events from <paramref name="fromVersion"/> on, in order; empty if the stream does not exist.</summary>
    Task<IReadOnlyList<RecordedEvent>> ReadStreamAsync(StreamName stream, long fromVersion = 0, CancellationToken cancellationToken = default);

    /// <summary>The event with this id wherever it is stored, or null: an indexed lookup, never a scan.</summary>
    Task<RecordedEvent?> FindEventAsync(Guid eventId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Up to <paramref name="maxCount"/> events with a global position greater than <paramref name="afterPosition"/>,
    /// in global order. Never returns an event while an earlier-positioned one may still commit.
    /// </summary>
    Task<IReadOnlyList<RecordedEvent>> ReadAllAsync(long afterPosition, int maxCount, CancellationToken cancellationToken = default);

    /// <summary>
    /// Completes when something may have been appended after this call, at the latest after <paramref name="timeout"/>,
    /// or when <paramref name="cancellationToken"/> is cancelled (without throwing: the caller checks its token).
    /// </summary>
    Task WaitForAppendAsync(TimeSpan timeout, CancellationToken cancellationToken = default);
}

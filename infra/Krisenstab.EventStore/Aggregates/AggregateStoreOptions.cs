namespace Krisenstab.EventStore;

/// <summary>How an <see cref="AggregateStore{TState}"/> avoids folding a stream from 0 on every load.</summary>
public sealed record AggregateStoreOptions
{
    /// <summary>Streams whose latest state this process keeps (least recently used go first); 0 keeps none.</summary>
    public int CachedStreams { get; init; } = 10_000;

    /// <summary>
    /// A snapshot is stored once this many events were folded since the last one, and on a long stream once an eighth
    /// of its length was (see <see cref="SnapshotDue"/>); 0 stores none.
    /// </summary>
    public int SnapshotEvery { get; init; } = 500;

    /// <summary>
    /// Whether a stream folded up to <paramref name="version"/> is due for a snapshot after the one at
    /// <paramref name="snapshotVersion"/>. A hot stream lives in the cache, so its snapshots only serve a cold start;
    /// spacing them by an eighth of the stream keeps a cold start within an eighth of the stream after its snapshot,
    /// while a state that grows with its stream (a facility's households) costs about the same to encode per event
    /// however long the stream is, instead of a full encoding every <see cref="SnapshotEvery"/> events.
    /// </summary>
    public bool SnapshotDue(long version, long snapshotVersion) =>
        SnapshotEvery > 0 && version - snapshotVersion >= Math.Max(SnapshotEvery, version / 8);
}

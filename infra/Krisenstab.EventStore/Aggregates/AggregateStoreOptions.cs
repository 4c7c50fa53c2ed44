namespace Krisenstab.EventStore;

/// <summary>How an <see cref="AggregateStore{TState}"/> avoids folding a stream from 0 on every load.</summary>
public sealed record AggregateStoreOptions
{
    /// <summary>Streams whose latest state this process keeps (least recently used go first); 0 keeps none.</summary>
    public int CachedStreams { get; init; } = 10_000;

    /// <summary>A snapshot is stored once this many events were folded since the last one; 0 stores none.</summary>
    public int SnapshotEvery { get; init; } = 500;
}

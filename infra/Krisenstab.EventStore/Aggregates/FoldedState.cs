namespace Krisenstab.EventStore;

/// <summary>
/// A stream folded up to <paramref name="Version"/>, whose event there is <paramref name="LastEventId"/>; the version the
/// last snapshot was taken at, so the next one is taken <see cref="AggregateStoreOptions.SnapshotEvery"/> events later.
/// </summary>
internal sealed record FoldedState<TState>(TState State, long Version, Guid LastEventId, long SnapshotVersion);

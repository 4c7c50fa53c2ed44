namespace Krisenstab.EventStore;

/// <summary>
/// A stream folded up to <paramref name="Version"/>, whose event there is <paramref name="LastEventId"/>; the version the
/// last snapshot was taken at, from which <see cref="AggregateStoreOptions.SnapshotDue"/> decides when the next one is.
/// </summary>
internal sealed record FoldedState<TState>(TState State, long Version, Guid LastEventId, long SnapshotVersion);

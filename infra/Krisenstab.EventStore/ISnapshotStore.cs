namespace Krisenstab.EventStore;

/// <summary>
/// The latest folded state of a stream, kept beside its events so a cold start need not fold a long stream from 0.
/// Only a speed-up: a snapshot is checked against the stream before it is used (see <see cref="AggregateStore{TState}"/>).
/// </summary>
public interface ISnapshotStore
{
    /// <summary>The stream's stored snapshot, or null.</summary>
    Task<StoredSnapshot?> LoadSnapshotAsync(StreamName stream, CancellationToken cancellationToken = default);

    /// <summary>Stores the snapshot unless one at a later version of the same shape is stored already.</summary>
    Task StoreSnapshotAsync(StoredSnapshot snapshot, CancellationToken cancellationToken = default);
}

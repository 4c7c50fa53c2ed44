using System.Data.Common;

namespace Krisenstab.EventStore.Appending;

/// <summary>
/// One write transaction of the group committer. The engine supplies the statements; the shared logic
/// (<see cref="StreamAppender"/>, <see cref="GroupCommitter"/>) decides what to run and wraps each append in a savepoint.
/// </summary>
internal abstract class WriteBatch(DbConnection connection, DbTransaction transaction) : IAsyncDisposable
{
    protected DbConnection Connection { get; } = connection;
    protected DbTransaction Transaction { get; } = transaction;

    /// <summary>The events table as SQL text (schema-qualified where the engine has schemas).</summary>
    protected abstract string EventsTable { get; }

    /// <summary>
    /// The version and id of the stream's last event (-1 and null when the stream does not exist), in one query:
    /// what an append checks its expected version and the event it was decided after against.
    /// </summary>
    public async Task<StreamEnd> StreamEndAsync(string stream, CancellationToken cancellationToken)
    {
        await using var command = Command(
            $"SELECT stream_version, event_id FROM {EventsTable} WHERE stream = @stream ORDER BY stream_version DESC LIMIT 1", ("@stream", stream));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? new StreamEnd(reader.GetInt64(0), reader.GetGuid(1)) : StreamEnd.NoStream;
    }

    /// <summary>Those of the given ids that are already stored, in any order.</summary>
    public abstract Task<IReadOnlyList<StoredEventRef>> FindEventsAsync(IReadOnlyList<Guid> eventIds, CancellationToken cancellationToken);

    /// <summary>Inserts one event and returns its global position.</summary>
    public abstract Task<long> InsertAsync(string stream, long streamVersion, EventData @event, CancellationToken cancellationToken);

    /// <summary>Records that the consumer handled the message (nothing happens if it is recorded already).</summary>
    public abstract Task MarkProcessedAsync(string consumer, Guid messageId, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>True when the error is a unique-key violation (a writer outside this process got there first).</summary>
    public abstract bool IsUniqueViolation(DbException exception);

    public Task SaveAsync(string savepoint, CancellationToken cancellationToken) => Transaction.SaveAsync(savepoint, cancellationToken);

    public Task RollbackToAsync(string savepoint, CancellationToken cancellationToken) => Transaction.RollbackAsync(savepoint, cancellationToken);

    public Task ReleaseAsync(string savepoint, CancellationToken cancellationToken) => Transaction.ReleaseAsync(savepoint, cancellationToken);

    public virtual Task CommitAsync(CancellationToken cancellationToken) => Transaction.CommitAsync(cancellationToken);

    public virtual async ValueTask DisposeAsync()
    {
        await Transaction.DisposeAsync();
        await Connection.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    protected DbCommand Command(string sql, params (string Name, object Value)[] parameters) =>
        Connection.CreateCommand(Transaction, sql, parameters);
}

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
    /// What an append checks before it writes, in one round trip: those of its event ids that are already stored (in
    /// any order), and where each of its streams ends (the version and id of its last event).
    /// </summary>
    public async Task<AppendCheck> CheckAsync(IReadOnlyList<Guid> eventIds, IReadOnlyList<string> streams, CancellationToken cancellationToken)
    {
        var (findSql, findParameters) = FindEventsQuery(eventIds);
        var endSql = streams.Select((_, i) => $"SELECT stream_version, event_id FROM {EventsTable} WHERE stream = @end{i} ORDER BY stream_version DESC LIMIT 1");
        await using var command = Command(
            string.Join(";\n", endSql.Prepend(findSql)), [.. findParameters, .. streams.Select((stream, i) => ($"@end{i}", (object)stream))]);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var stored = new List<StoredEventRef>();
        while (await reader.ReadAsync(cancellationToken))
        {
            stored.Add(new StoredEventRef(reader.GetGuid(0), reader.GetString(1), reader.GetInt64(2), reader.GetInt64(3)));
        }
        var ends = new List<StreamEnd>(streams.Count);
        foreach (var _ in streams)
        {
            await reader.NextResultAsync(cancellationToken);
            ends.Add(await reader.ReadAsync(cancellationToken) ? new StreamEnd(reader.GetInt64(0), reader.GetGuid(1)) : StreamEnd.NoStream);
        }
        return new AppendCheck(stored, ends);
    }

    /// <summary>The query (selecting event_id, stream, stream_version, global_position) for those of the ids already stored.</summary>
    protected abstract (string Sql, (string Name, object Value)[] Parameters) FindEventsQuery(IReadOnlyList<Guid> eventIds);

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

using Krisenstab.EventStore.Appending;
using Microsoft.Data.Sqlite;

namespace Krisenstab.EventStore.Sqlite;

/// <summary>
/// The event store of one service in one SQLite file (WAL, synchronous=FULL): events, subscription checkpoints and
/// the consumer inbox. Concurrent appends are group-committed by a single writer.
/// </summary>
public sealed class SqliteEventStore : IEventStore, ICheckpointStore, IInbox, ISnapshotStore, IAppendWatermark, IAsyncDisposable
{
    private readonly string _connectionString;
    private readonly SqliteFile _file;
    private readonly TimeProvider _timeProvider;
    private readonly GroupCommitter _committer;
    private int _disposed;

    public SqliteEventStore(string databasePath, TimeProvider? timeProvider = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        DatabasePath = Path.GetFullPath(databasePath);
        Directory.CreateDirectory(Path.GetDirectoryName(DatabasePath)!);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = DatabasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
        }.ToString();
        _file = SqliteFile.For(DatabasePath);
        _timeProvider = timeProvider ?? TimeProvider.System;
        _committer = new GroupCommitter(BeginWriteBatchAsync, _file.Appended.Notify);
    }

    public string DatabasePath { get; }

    public long LastAppendedPosition => _committer.LastCommittedPosition;

    public Task<AppendResult> AppendAsync(StreamName stream, ExpectedVersion expected, IReadOnlyList<EventData> events, CancellationToken cancellationToken = default) =>
        _committer.AppendAsync(stream, expected, events, cancellationToken);

    public Task<IReadOnlyList<AppendResult>> AppendAsync(IReadOnlyList<StreamAppend> appends, CancellationToken cancellationToken = default) =>
        _committer.AppendAsync(appends, cancellationToken);

    public async Task<IReadOnlyList<RecordedEvent>> ReadStreamAsync(StreamName stream, long fromVersion = 0, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await EventQueries.ReadStreamAsync(connection, "events", stream, fromVersion, cancellationToken);
    }

    public async Task<RecordedEvent?> FindEventAsync(Guid eventId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await EventQueries.FindEventAsync(connection, "events", eventId.ToString(), cancellationToken);
    }

    public async Task<StoredSnapshot?> LoadSnapshotAsync(StreamName stream, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await EventQueries.LoadSnapshotAsync(connection, "snapshots", stream, cancellationToken);
    }

    public Task StoreSnapshotAsync(StoredSnapshot snapshot, CancellationToken cancellationToken = default) =>
        WriteAsync(EventQueries.StoreSnapshotSql("snapshots"), cancellationToken, EventQueries.SnapshotParameters(snapshot, snapshot.LastEventId.ToString()));

    public async Task<IReadOnlyList<RecordedEvent>> ReadAllAsync(long afterPosition, int maxCount, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await EventQueries.ReadAllAsync(connection, "events", afterPosition, maxCount, cancellationToken);
    }

    public Task WaitForAppendAsync(TimeSpan timeout, CancellationToken cancellationToken = default) =>
        _file.Appended.WaitAsync(timeout, _timeProvider, cancellationToken);

    public async Task<long?> LoadAsync(string subscriptionId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await EventQueries.LoadCheckpointAsync(connection, "checkpoints", subscriptionId, cancellationToken);
    }

    public Task StoreAsync(string subscriptionId, long position, CancellationToken cancellationToken = default) =>
        WriteAsync(
            """
            INSERT INTO checkpoints (subscription_id, position) VALUES (@id, @position)
            ON CONFLICT (subscription_id) DO UPDATE SET position = excluded.position
            """,
            cancellationToken, ("@id", subscriptionId), ("@position", position));

    public async Task<bool> HasProcessedAsync(string consumer, Guid messageId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand(null,
            "SELECT 1 FROM inbox WHERE consumer = @consumer AND message_id = @id",
            ("@consumer", consumer), ("@id", messageId.ToString()));
        return await command.ExecuteScalarAsync(cancellationToken) is not null;
    }

    public Task MarkProcessedAsync(string consumer, Guid messageId, CancellationToken cancellationToken = default) =>
        _committer.MarkProcessedAsync(consumer, messageId, _timeProvider.GetUtcNow(), cancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            await _committer.DisposeAsync();
        }
    }

    /// <summary>A connection with the store's per-connection settings applied (schema created on first use).</summary>
    internal async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        if (!_file.SchemaReady)
        {
            await CreateSchemaAsync(cancellationToken);
        }
        return await OpenConfiguredAsync(cancellationToken);
    }

    private async Task<SqliteConnection> OpenConfiguredAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var settings = connection.CreateCommand(null, SqliteSchema.ConnectionSettings);
            await settings.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private async Task CreateSchemaAsync(CancellationToken cancellationToken)
    {
        await _file.WriteGate.WaitAsync(cancellationToken);
        try
        {
            if (!_file.SchemaReady)
            {
                await using var connection = await OpenConfiguredAsync(cancellationToken);
                await using var create = connection.CreateCommand(null, SqliteSchema.Create);
                await create.ExecuteNonQueryAsync(cancellationToken);
                _file.SchemaReady = true;
            }
        }
        finally
        {
            _file.WriteGate.Release();
        }
    }

    private async Task WriteAsync(string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await _file.WriteGate.WaitAsync(cancellationToken);
        try
        {
            await using var command = connection.CreateCommand(null, sql, parameters);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        finally
        {
            _file.WriteGate.Release();
        }
    }

    private async Task<WriteBatch> BeginWriteBatchAsync(CancellationToken cancellationToken)
    {
        var connection = await OpenAsync(cancellationToken);
        await _file.WriteGate.WaitAsync(cancellationToken);
        try
        {
            // Microsoft.Data.Sqlite begins IMMEDIATE: the write lock is taken now, not at the first insert.
            var transaction = await connection.BeginTransactionAsync(cancellationToken);
            return new SqliteWriteBatch(connection, transaction, _file.WriteGate);
        }
        catch
        {
            _file.WriteGate.Release();
            await connection.DisposeAsync();
            throw;
        }
    }
}

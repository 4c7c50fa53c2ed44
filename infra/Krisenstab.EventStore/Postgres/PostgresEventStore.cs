using System.Data;
using Krisenstab.EventStore.Appending;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Krisenstab.EventStore.Postgres;

/// <summary>
/// The event store of one service in its own PostgreSQL schema (synchronous_commit=on): events, subscription
/// checkpoints and the consumer inbox. Appends are group-committed and serialised per schema by an advisory lock
/// (see <see cref="PostgresWriteBatch"/>); subscriptions are woken by LISTEN/NOTIFY.
/// </summary>
public sealed class PostgresEventStore : IEventStore, ICheckpointStore, IInbox, ISnapshotStore, IAppendWatermark, IAsyncDisposable
{
    private static readonly TimeSpan ListenerRetryDelay = TimeSpan.FromSeconds(2);

    private readonly NpgsqlDataSource _dataSource;
    private readonly PostgresSchema _schema;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly GroupCommitter _committer;
    private readonly AppendSignal _appended = new();
    private readonly SemaphoreSlim _schemaGate = new(1, 1);
    private readonly CancellationTokenSource _stopping = new();
    private volatile bool _schemaReady;
    private Task? _listener;
    private int _disposed;

    /// <param name="storeName">The service's store; its schema is the name in lower case with '-' as '_'.</param>
    public PostgresEventStore(string connectionString, string storeName, TimeProvider? timeProvider = null, ILogger<PostgresEventStore>? logger = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        _schema = PostgresSchema.ForStore(storeName);
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        // Durability first, whatever the server's default: a commit returns only once it is flushed to the WAL.
        builder.ConnectionStringBuilder.Options = $"{builder.ConnectionStringBuilder.Options} -c synchronous_commit=on".Trim();
        _dataSource = builder.Build();
        _timeProvider = timeProvider ?? TimeProvider.System;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _committer = new GroupCommitter(BeginWriteBatchAsync, _appended.Notify);
    }

    public string SchemaName => _schema.Name;

    /// <summary>Test hook: runs inside each append transaction after its events are inserted, just before the commit.</summary>
    internal Func<CancellationToken, Task>? BeforeCommit { get; set; }

    public long LastAppendedPosition => _committer.LastCommittedPosition;

    public Task<AppendResult> AppendAsync(StreamName stream, ExpectedVersion expected, IReadOnlyList<EventData> events, CancellationToken cancellationToken = default) =>
        _committer.AppendAsync(stream, expected, events, cancellationToken);

    public Task<IReadOnlyList<AppendResult>> AppendAsync(IReadOnlyList<StreamAppend> appends, CancellationToken cancellationToken = default) =>
        _committer.AppendAsync(appends, cancellationToken);

    public async Task<IReadOnlyList<RecordedEvent>> ReadStreamAsync(StreamName stream, long fromVersion = 0, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await EventQueries.ReadStreamAsync(connection, $"{_schema.Quoted}.events", stream, fromVersion, cancellationToken);
    }

    public async Task<RecordedEvent?> FindEventAsync(Guid eventId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await EventQueries.FindEventAsync(connection, $"{_schema.Quoted}.events", eventId, cancellationToken);
    }

    public async Task<StoredSnapshot?> LoadSnapshotAsync(StreamName stream, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await EventQueries.LoadSnapshotAsync(connection, $"{_schema.Quoted}.snapshots", stream, cancellationToken);
    }

    public async Task StoreSnapshotAsync(StoredSnapshot snapshot, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand(
            null, EventQueries.StoreSnapshotSql($"{_schema.Quoted}.snapshots"), EventQueries.SnapshotParameters(snapshot, snapshot.LastEventId));
        // The column is text: Npgsql writes the UTF-8 bytes as text when told so (bytes alone would be sent as bytea).
        command.Parameters["@data"].DbType = DbType.String;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<RecordedEvent>> ReadAllAsync(long afterPosition, int maxCount, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await EventQueries.ReadAllAsync(connection, $"{_schema.Quoted}.events", afterPosition, maxCount, cancellationToken);
    }

    public Task WaitForAppendAsync(TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        if (Volatile.Read(ref _listener) is null && Volatile.Read(ref _disposed) == 0)
        {
            var listener = new Task<Task>(ListenAsync);
            if (Interlocked.CompareExchange(ref _listener, listener.Unwrap(), null) is null)
            {
                listener.Start(TaskScheduler.Default);
            }
        }
        return _appended.WaitAsync(timeout, _timeProvider, cancellationToken);
    }

    public async Task<long?> LoadAsync(string subscriptionId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await EventQueries.LoadCheckpointAsync(connection, $"{_schema.Quoted}.checkpoints", subscriptionId, cancellationToken);
    }

    public async Task StoreAsync(string subscriptionId, long position, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand(null,
            $"""
            INSERT INTO {_schema.Quoted}.checkpoints (subscription_id, position) VALUES (@id, @position)
            ON CONFLICT (subscription_id) DO UPDATE SET position = excluded.position
            """,
            ("id", subscriptionId), ("position", position));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<bool> HasProcessedAsync(string consumer, Guid messageId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand(null,
            $"SELECT 1 FROM {_schema.Quoted}.inbox WHERE consumer = @consumer AND message_id = @id",
            ("consumer", consumer), ("id", messageId));
        return await command.ExecuteScalarAsync(cancellationToken) is not null;
    }

    public Task MarkProcessedAsync(string consumer, Guid messageId, CancellationToken cancellationToken = default) =>
        _committer.MarkProcessedAsync(consumer, messageId, _timeProvider.GetUtcNow(), cancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }
        await _committer.DisposeAsync();
        await _stopping.CancelAsync();
        if (Volatile.Read(ref _listener) is { } listener)
        {
            await listener;
        }
        await _dataSource.DisposeAsync();
        _stopping.Dispose();
        _schemaGate.Dispose();
    }

    /// <summary>A connection with the store's session settings (schema created on first use).</summary>
    internal async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        if (!_schemaReady)
        {
            await CreateSchemaAsync(cancellationToken);
        }
        return await _dataSource.OpenConnectionAsync(cancellationToken);
    }

    private async Task CreateSchemaAsync(CancellationToken cancellationToken)
    {
        await _schemaGate.WaitAsync(cancellationToken);
        try
        {
            if (_schemaReady)
            {
                return;
            }
            await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await using (var create = new NpgsqlCommand(_schema.CreateSql, connection, transaction))
            {
                await create.ExecuteNonQueryAsync(cancellationToken);
            }
            await transaction.CommitAsync(cancellationToken);
            _schemaReady = true;
        }
        finally
        {
            _schemaGate.Release();
        }
    }

    private async Task<WriteBatch> BeginWriteBatchAsync(CancellationToken cancellationToken)
    {
        if (!_schemaReady)
        {
            await CreateSchemaAsync(cancellationToken);
        }
        return await PostgresWriteBatch.BeginAsync(_dataSource, _schema, BeforeCommit, cancellationToken);
    }

    /// <summary>Holds a LISTEN connection and turns every notification into a wake-up; reconnects when it breaks.</summary>
    private async Task ListenAsync()
    {
        var stopping = _stopping.Token;
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                await using var connection = await OpenAsync(stopping);
                connection.Notification += (_, _) => _appended.Notify();
                await using (var listen = new NpgsqlCommand($"LISTEN \"{_schema.Channel}\"", connection))
                {
                    await listen.ExecuteNonQueryAsync(stopping);
                }
                // Appends may have committed while nobody listened: let waiters look again.
                _appended.Notify();
                while (true)
                {
                    await connection.WaitAsync(stopping);
                }
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // The listener is only a speed-up (waiters fall back to polling); it must survive any failure.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                _logger.LogWarning(exception, "LISTEN on {Channel} failed; retrying in {Delay}. Subscriptions poll meanwhile.", _schema.Channel, ListenerRetryDelay);
                try
                {
                    await Task.Delay(ListenerRetryDelay, _timeProvider, stopping);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }
}

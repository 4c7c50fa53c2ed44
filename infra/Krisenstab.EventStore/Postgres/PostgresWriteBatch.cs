using System.Data.Common;
using Krisenstab.EventStore.Appending;
using Npgsql;

namespace Krisenstab.EventStore.Postgres;

/// <summary>
/// A write transaction on the store's schema. It begins by taking the schema's transaction-level advisory lock,
/// BEFORE any global position is drawn from the identity sequence. That makes commit order equal position order:
/// PostgreSQL releases a transaction's locks only after its commit is recorded and visible to new snapshots, so
/// the next writer draws its (higher) positions only once every lower position is visible. A reader can therefore
/// never see position N+1 while N may still commit, and a subscriber never skips an event that commits late
/// (the sequence-gap problem of Eventuous #222/#424/#588 and SqlStreamStore #121). Rolled-back savepoints leave
/// gaps, which is harmless: a gap never fills later.
/// </summary>
internal sealed class PostgresWriteBatch : WriteBatch
{
    private const string UniqueViolation = "23505";

    private readonly PostgresSchema _schema;
    private readonly Func<CancellationToken, Task>? _beforeCommit;

    private PostgresWriteBatch(NpgsqlConnection connection, NpgsqlTransaction transaction, PostgresSchema schema, Func<CancellationToken, Task>? beforeCommit)
        : base(connection, transaction)
    {
        _schema = schema;
        _beforeCommit = beforeCommit;
    }

    public static async Task<WriteBatch> BeginAsync(NpgsqlDataSource dataSource, PostgresSchema schema, Func<CancellationToken, Task>? beforeCommit, CancellationToken cancellationToken)
    {
        var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        try
        {
            var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await using var begin = new NpgsqlCommand(schema.BeginWriteSql, connection, transaction);
            await begin.ExecuteNonQueryAsync(cancellationToken);
            return new PostgresWriteBatch(connection, transaction, schema, beforeCommit);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    protected override string EventsTable => $"{_schema.Quoted}.events";

    protected override (string Sql, (string Name, object Value)[] Parameters) FindEventsQuery(IReadOnlyList<Guid> eventIds) =>
        ($"SELECT event_id, stream, stream_version, global_position FROM {EventsTable} WHERE event_id = ANY(@ids)", [("@ids", eventIds.ToArray())]);

    public override async Task<long> InsertAsync(string stream, long streamVersion, EventData @event, CancellationToken cancellationToken)
    {
        await using var command = Command(
            $"""
            INSERT INTO {_schema.Quoted}.events (event_id, stream, stream_version, event_type, data, metadata)
            VALUES (@id, @stream, @version, @type, @data::json, @metadata::json)
            RETURNING global_position
            """,
            ("id", @event.EventId),
            ("stream", stream),
            ("version", streamVersion),
            ("type", @event.EventType),
            ("data", @event.Data),
            ("metadata", DbCommands.SerializeMetadata(@event.Metadata)));
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    public override async Task MarkProcessedAsync(string consumer, Guid messageId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var command = Command(
            $"INSERT INTO {_schema.Quoted}.inbox (consumer, message_id, processed_at) VALUES (@consumer, @id, @at) ON CONFLICT DO NOTHING",
            ("consumer", consumer), ("id", messageId), ("at", at));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public override bool IsUniqueViolation(DbException exception) =>
        exception is PostgresException { SqlState: UniqueViolation };

    public override async Task CommitAsync(CancellationToken cancellationToken)
    {
        if (_beforeCommit is not null)
        {
            await _beforeCommit(cancellationToken);
        }
        await base.CommitAsync(cancellationToken);
    }
}

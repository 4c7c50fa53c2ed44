using System.Data.Common;
using Krisenstab.EventStore.Appending;
using Microsoft.Data.Sqlite;

namespace Krisenstab.EventStore.Sqlite;

/// <summary>A write transaction (BEGIN IMMEDIATE) on the file, holding its in-process write gate until disposed.</summary>
internal sealed class SqliteWriteBatch(DbConnection connection, DbTransaction transaction, SemaphoreSlim writeGate)
    : WriteBatch(connection, transaction)
{
    private const int SqliteConstraintPrimaryKey = 1555;
    private const int SqliteConstraintUnique = 2067;

    protected override string EventsTable => "events";

    protected override (string Sql, (string Name, object Value)[] Parameters) FindEventsQuery(IReadOnlyList<Guid> eventIds)
    {
        var names = eventIds.Select((_, i) => $"@id{i}").ToList();
        return ($"SELECT event_id, stream, stream_version, global_position FROM events WHERE event_id IN ({string.Join(", ", names)})",
            [.. eventIds.Select((id, i) => (names[i], (object)id.ToString()))]);
    }

    public override async Task<long> InsertAsync(string stream, long streamVersion, EventData @event, CancellationToken cancellationToken)
    {
        await using var command = Command(
            """
            INSERT INTO events (event_id, stream, stream_version, event_type, data, metadata)
            VALUES (@id, @stream, @version, @type, @data, @metadata)
            RETURNING global_position
            """,
            ("@id", @event.EventId.ToString()),
            ("@stream", stream),
            ("@version", streamVersion),
            ("@type", @event.EventType),
            ("@data", @event.Data),
            ("@metadata", DbCommands.SerializeMetadata(@event.Metadata)));
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    public override async Task MarkProcessedAsync(string consumer, Guid messageId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var command = Command(
            "INSERT INTO inbox (consumer, message_id, processed_at) VALUES (@consumer, @id, @at) ON CONFLICT DO NOTHING",
            ("@consumer", consumer), ("@id", messageId.ToString()), ("@at", at.ToString("O", System.Globalization.CultureInfo.InvariantCulture)));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public override bool IsUniqueViolation(DbException exception) =>
        exception is SqliteException { SqliteExtendedErrorCode: SqliteConstraintUnique or SqliteConstraintPrimaryKey };

    public override async ValueTask DisposeAsync()
    {
        try
        {
            await base.DisposeAsync();
        }
        finally
        {
            writeGate.Release();
        }
    }
}

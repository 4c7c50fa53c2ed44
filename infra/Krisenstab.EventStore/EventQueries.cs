using System.Data.Common;

namespace Krisenstab.EventStore;

/// <summary>The reads both engines run alike; each store only says where its tables are.</summary>
internal static class EventQueries
{
    public static async Task<IReadOnlyList<RecordedEvent>> ReadStreamAsync(
        DbConnection connection, string eventsTable, StreamName stream, long fromVersion, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand(null,
            $"SELECT {DbCommands.EventColumns} FROM {eventsTable} WHERE stream = @stream AND stream_version >= @from ORDER BY stream_version",
            ("@stream", stream.Value), ("@from", fromVersion));
        return await command.ReadEventsAsync(cancellationToken);
    }

    public static async Task<RecordedEvent?> FindEventAsync(
        DbConnection connection, string eventsTable, object eventId, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand(null,
            $"SELECT {DbCommands.EventColumns} FROM {eventsTable} WHERE event_id = @id", ("@id", eventId));
        var found = await command.ReadEventsAsync(cancellationToken);
        return found.Count == 0 ? null : found[0];
    }

    public static async Task<StoredSnapshot?> LoadSnapshotAsync(
        DbConnection connection, string snapshotsTable, StreamName stream, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand(null,
            $"SELECT version, last_event_id, shape, data FROM {snapshotsTable} WHERE stream = @stream", ("@stream", stream.Value));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new StoredSnapshot(stream, reader.GetInt64(0), reader.GetGuid(1), reader.GetString(2), reader.GetFieldValue<byte[]>(3))
            : null;
    }

    /// <summary>Stores the snapshot unless one at a later version of the same shape is stored already.</summary>
    public static string StoreSnapshotSql(string snapshotsTable) => $"""
        INSERT INTO {snapshotsTable} AS s (stream, version, last_event_id, shape, data) VALUES (@stream, @version, @last, @shape, @data)
        ON CONFLICT (stream) DO UPDATE SET version = excluded.version, last_event_id = excluded.last_event_id, shape = excluded.shape, data = excluded.data
        WHERE s.version < excluded.version OR s.shape <> excluded.shape
        """;

    public static (string Name, object Value)[] SnapshotParameters(StoredSnapshot snapshot, object lastEventId) =>
        [("@stream", snapshot.Stream.Value), ("@version", snapshot.Version), ("@last", lastEventId), ("@shape", snapshot.Shape), ("@data", snapshot.Data)];

    public static async Task<IReadOnlyList<RecordedEvent>> ReadAllAsync(
        DbConnection connection, string eventsTable, long afterPosition, int maxCount, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxCount);
        await using var command = connection.CreateCommand(null,
            $"SELECT {DbCommands.EventColumns} FROM {eventsTable} WHERE global_position > @after ORDER BY global_position LIMIT @max",
            ("@after", afterPosition), ("@max", maxCount));
        return await command.ReadEventsAsync(cancellationToken);
    }

    public static async Task<long?> LoadCheckpointAsync(
        DbConnection connection, string checkpointsTable, string subscriptionId, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand(null,
            $"SELECT position FROM {checkpointsTable} WHERE subscription_id = @id", ("@id", subscriptionId));
        return await command.ExecuteScalarAsync(cancellationToken) is long position ? position : null;
    }
}

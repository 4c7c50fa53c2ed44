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

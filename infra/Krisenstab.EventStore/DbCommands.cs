using System.Data.Common;
using System.Text.Json;
using Krisenstab.Contracts;

namespace Krisenstab.EventStore;

/// <summary>Small ADO.NET helpers both engines share.</summary>
internal static class DbCommands
{
    /// <summary>The column order every event query selects, so one reader maps rows of both engines.</summary>
    public const string EventColumns = "global_position, event_id, stream, stream_version, event_type, data, metadata";

    public static DbCommand CreateCommand(this DbConnection connection, DbTransaction? transaction, string sql, params (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }
        return command;
    }

    public static async Task<IReadOnlyList<RecordedEvent>> ReadEventsAsync(this DbCommand command, CancellationToken cancellationToken)
    {
        var events = new List<RecordedEvent>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            events.Add(new RecordedEvent(
                EventId: reader.GetGuid(1),
                Stream: reader.GetString(2),
                StreamVersion: reader.GetInt64(3),
                GlobalPosition: reader.GetInt64(0),
                EventType: reader.GetString(4),
                Data: reader.GetString(5),
                Metadata: JsonSerializer.Deserialize<EventMetadata>(reader.GetString(6), ContractJson.Options)
                    ?? throw new InvalidOperationException($"Event at position {reader.GetInt64(0)} has no metadata.")));
        }
        return events;
    }

    public static string SerializeMetadata(EventMetadata metadata) => JsonSerializer.Serialize(metadata, ContractJson.Options);
}

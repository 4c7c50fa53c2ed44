using System.Data.Common;
using Krisenstab.Contracts;
using Krisenstab.EventStore;

namespace Krisenstab.Benchmarks;

/// <summary>Events of a realistic size (a placed household) on streams of their own.</summary>
public static class SampleEvents
{
    private const string Json =
        """{"facilityId":"0193a1c2-7d4e-7a10-9c3b-2f5e8d7c6b5a","householdId":"0193a1c2-7d4e-7a10-9c3b-2f5e8d7c6b5b","persons":4,"placedAt":"2025-03-01T08:00:00+00:00"}""";

    private static readonly EventMetadata Metadata = new()
    {
        OccurredAt = new DateTimeOffset(2025, 3, 1, 8, 0, 0, TimeSpan.Zero),
        ActorId = "bench",
        ActorRole = "staff",
    };

    public static EventData One() => new(Guid.CreateVersion7(), "accommodation.household-placed.v1", Json, Metadata);

    public static StreamName NewStream() => StreamName.For("facility", Guid.CreateVersion7());

    /// <summary>One single-event append to a new stream: the common command.</summary>
    public static Task AppendOneAsync(IEventStore store) => store.AppendAsync(NewStream(), ExpectedVersion.NoStream, [One()]);

    public static async Task CreateRawTableAsync(DbConnection connection)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "CREATE TABLE raw_inserts (id text PRIMARY KEY, stream text NOT NULL, data text NOT NULL, metadata text NOT NULL)";
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>One autocommitted insert of an event-sized row: what the engine alone costs per durable write.</summary>
    public static async Task InsertRawAsync(DbConnection connection)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO raw_inserts (id, stream, data, metadata) VALUES (@id, @stream, @data, @metadata)";
        foreach (var (name, value) in new (string, object)[]
        {
            ("@id", Guid.CreateVersion7().ToString()), ("@stream", NewStream().Value), ("@data", Json), ("@metadata", MetadataJson),
        })
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }
        await command.ExecuteNonQueryAsync();
    }

    private static readonly string MetadataJson = System.Text.Json.JsonSerializer.Serialize(Metadata, ContractJson.Options);
}

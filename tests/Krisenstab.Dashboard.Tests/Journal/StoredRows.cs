using System.Text.Json.Nodes;
using Krisenstab.EventStore;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Krisenstab.Dashboard.Tests.Journal;

/// <summary>Changes a stored row behind the store's back, straight in the database, as someone with database access could.</summary>
public static class StoredRows
{
    /// <summary>An escalation's JSON with a level ten higher than the one recorded.</summary>
    public static string Escalated(string data)
    {
        var json = JsonNode.Parse(data)!.AsObject();
        json["level"] = json["level"]!.GetValue<int>() + 10;
        return json.ToJsonString();
    }

    public static async Task SetDataAsync(EventStoreSettings settings, string stream, long version, string data)
    {
        if (settings.Provider == EventStoreProvider.Postgres)
        {
            await using var connection = new NpgsqlConnection(settings.PostgresConnectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(
                $"UPDATE \"{settings.PostgresSchemaName}\".events SET data = @data::json WHERE stream = @stream AND stream_version = @version", connection);
            command.Parameters.AddWithValue("data", data);
            command.Parameters.AddWithValue("stream", stream);
            command.Parameters.AddWithValue("version", version);
            Assert.Equal(1, await command.ExecuteNonQueryAsync());
        }
        else
        {
            await using var connection = new SqliteConnection($"Data Source={settings.SqlitePath};Pooling=False");
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "UPDATE events SET data = $data WHERE stream = $stream AND stream_version = $version";
            command.Parameters.AddWithValue("$data", data);
            command.Parameters.AddWithValue("$stream", stream);
            command.Parameters.AddWithValue("$version", version);
            Assert.Equal(1, await command.ExecuteNonQueryAsync());
        }
    }
}

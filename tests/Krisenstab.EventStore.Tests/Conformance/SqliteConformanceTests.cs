using Krisenstab.EventStore.Sqlite;

namespace Krisenstab.EventStore.Tests.Conformance;

public sealed class SqliteConformanceTests : EventStoreConformanceTests
{
    protected override Task<ITestDatabase> CreateDatabaseAsync() => Task.FromResult<ITestDatabase>(new SqliteTestDatabase());

    [Fact]
    public async Task Connections_run_in_WAL_with_synchronous_FULL()
    {
        await Events.ReadAllAsync(0, 1);
        await using var connection = await ((SqliteEventStore)Events).OpenAsync(CancellationToken.None);

        Assert.Equal("wal", await PragmaAsync(connection, "journal_mode"));
        Assert.Equal("2", await PragmaAsync(connection, "synchronous"));
    }

    [Fact]
    public async Task A_snapshot_written_as_text_by_an_earlier_version_is_read()
    {
        var stream = TestEvents.NewStream();
        await using (var connection = await ((SqliteEventStore)Events).OpenAsync(CancellationToken.None))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "INSERT INTO snapshots (stream, version, last_event_id, shape, data) VALUES ($stream, 3, $last, 'shape', CAST($data AS TEXT))";
            command.Parameters.AddWithValue("$stream", stream.Value);
            command.Parameters.AddWithValue("$last", Guid.NewGuid().ToString());
            command.Parameters.AddWithValue("$data", """{"ort":"Gießen"}""");
            await command.ExecuteNonQueryAsync();
        }

        var loaded = await ((ISnapshotStore)Events).LoadSnapshotAsync(stream);

        Assert.Equal("""{"ort":"Gießen"}""", System.Text.Encoding.UTF8.GetString(loaded!.Data));
    }

    private static async Task<string> PragmaAsync(Microsoft.Data.Sqlite.SqliteConnection connection, string name)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA {name}";
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture)!;
    }
}

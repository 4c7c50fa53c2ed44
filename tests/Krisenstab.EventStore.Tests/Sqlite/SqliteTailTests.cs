using Krisenstab.EventStore.Sqlite;
using Krisenstab.EventStore.Tests.Conformance;
using Microsoft.Data.Sqlite;

namespace Krisenstab.EventStore.Tests.Sqlite;

/// <summary>Reads of what this process just committed come from memory, and are exactly what the file holds.</summary>
public sealed class SqliteTailTests : IAsyncDisposable
{
    private readonly SqliteTestDatabase _database = new();

    [Fact]
    public async Task Every_read_after_concurrent_appends_answers_what_the_file_holds()
    {
        await using var store = new SqliteEventStore(_database.FilePath);
        await Task.WhenAll(Enumerable.Range(0, 40).Select(_ => store.AppendAsync(TestEvents.NewStream(), ExpectedVersion.NoStream, TestEvents.Many(3))));

        var stored = await FromTheFileAsync(afterPosition: 0);
        Assert.Equal(120, stored.Count);
        foreach (var after in stored.Select(e => e.GlobalPosition).Prepend(0))
        {
            Assert.Equal(stored.Where(e => e.GlobalPosition > after).Take(7), await store.ReadAllAsync(after, 7));
        }
    }

    [Fact]
    public async Task An_event_written_around_this_store_is_read_in_its_place()
    {
        await using var store = new SqliteEventStore(_database.FilePath);
        await store.AppendAsync(TestEvents.NewStream(), ExpectedVersion.NoStream, TestEvents.Many(2));
        await InsertDirectlyAsync();
        await store.AppendAsync(TestEvents.NewStream(), ExpectedVersion.NoStream, TestEvents.Many(2));

        var read = await store.ReadAllAsync(0, 100);

        Assert.Equal(5, read.Count);
        Assert.Equal(await FromTheFileAsync(afterPosition: 0), read);
        Assert.Equal("written-outside", read[2].Stream);
    }

    private async Task<IReadOnlyList<RecordedEvent>> FromTheFileAsync(long afterPosition)
    {
        await using var connection = new SqliteConnection($"Data Source={_database.FilePath}");
        await connection.OpenAsync();
        return await EventQueries.ReadAllAsync(connection, "events", afterPosition, 1000, default);
    }

    /// <summary>What another process on the file would do: a row the store's writer never saw.</summary>
    private async Task InsertDirectlyAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={_database.FilePath}");
        await connection.OpenAsync();
        await using var insert = connection.CreateCommand();
        insert.CommandText = """
            INSERT INTO events (event_id, stream, stream_version, event_type, data, metadata)
            VALUES ($id, 'written-outside', 0, 'ThingHappened', '{}', '{"occurredAt":"2026-01-01T00:00:00+00:00"}')
            """;
        insert.Parameters.AddWithValue("$id", Guid.NewGuid().ToString());
        await insert.ExecuteNonQueryAsync();
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();
}

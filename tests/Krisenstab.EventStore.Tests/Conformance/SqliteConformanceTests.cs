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

    private static async Task<string> PragmaAsync(Microsoft.Data.Sqlite.SqliteConnection connection, string name)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA {name}";
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture)!;
    }
}

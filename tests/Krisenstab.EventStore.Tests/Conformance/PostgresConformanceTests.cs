namespace Krisenstab.EventStore.Tests.Conformance;

public sealed partial class PostgresConformanceTests : EventStoreConformanceTests
{
    protected override async Task<ITestDatabase> CreateDatabaseAsync() => await PostgresTestDatabase.CreateAsync();

    [Fact]
    public async Task Sessions_commit_synchronously()
    {
        await using var connection = await ((Postgres.PostgresEventStore)Events).OpenAsync(CancellationToken.None);
        await using var command = new Npgsql.NpgsqlCommand("SHOW synchronous_commit", connection);

        Assert.Equal("on", await command.ExecuteScalarAsync());
    }
}

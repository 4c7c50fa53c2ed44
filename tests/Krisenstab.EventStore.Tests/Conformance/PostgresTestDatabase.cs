using Krisenstab.EventStore.Postgres;
using Krisenstab.Testing;

namespace Krisenstab.EventStore.Tests.Conformance;

/// <summary>A fresh PostgreSQL database of the test's own, with the store in schema "conformance".</summary>
public sealed class PostgresTestDatabase : ITestDatabase
{
    public const string StoreName = "conformance";

    private PostgresTestDatabase(PostgresDatabase database) => Database = database;

    public PostgresDatabase Database { get; }

    public static async Task<PostgresTestDatabase> CreateAsync() => new(await PostgresDatabase.CreateAsync());

    public TestStore Open() => From(OpenPostgres());

    public PostgresEventStore OpenPostgres() => new(Database.ConnectionString, StoreName);

    public static TestStore From(PostgresEventStore store) => new(store, store, store, store);

    public ValueTask DisposeAsync() => Database.DisposeAsync();
}

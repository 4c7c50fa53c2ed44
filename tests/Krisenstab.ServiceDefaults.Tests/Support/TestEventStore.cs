using Krisenstab.EventStore;
using Krisenstab.EventStore.Postgres;
using Krisenstab.EventStore.Sqlite;
using Krisenstab.Testing;
using Microsoft.Data.Sqlite;

namespace Krisenstab.ServiceDefaults.Tests.Support;

/// <summary>A real event store of the test's own: a SQLite temp file or a fresh PostgreSQL database.</summary>
public sealed class TestEventStore : IAsyncDisposable
{
    private readonly IAsyncDisposable _store;
    private readonly string? _directory;
    private readonly PostgresDatabase? _database;

    private TestEventStore(IEventStore store, IAsyncDisposable lifetime, string? directory, PostgresDatabase? database)
    {
        Store = store;
        _store = lifetime;
        _directory = directory;
        _database = database;
    }

    public IEventStore Store { get; }

    public static async Task<TestEventStore> CreateAsync(Engine engine)
    {
        if (engine == Engine.Postgres)
        {
            var database = await PostgresDatabase.CreateAsync();
            var postgres = new PostgresEventStore(database.ConnectionString, "commands");
            return new TestEventStore(postgres, postgres, null, database);
        }
        var directory = Path.Combine(Path.GetTempPath(), "krisenstab-tests", Guid.NewGuid().ToString("N"));
        var sqlite = new SqliteEventStore(Path.Combine(directory, "store.db"));
        return new TestEventStore(sqlite, sqlite, directory, null);
    }

    public async ValueTask DisposeAsync()
    {
        await _store.DisposeAsync();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
        if (_directory is not null)
        {
            SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(_directory, recursive: true);
            }
            catch (IOException)
            {
                // A pooled connection of a parallel test may still hold it for a moment; temp files are cleaned by the OS.
            }
        }
    }
}

using Krisenstab.EventStore;
using Krisenstab.EventStore.Postgres;
using Krisenstab.EventStore.Sqlite;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Krisenstab.Benchmarks;

/// <summary>A fresh, empty store for one benchmark: a temporary SQLite file, or a PostgreSQL database of its own.</summary>
public sealed class BenchmarkStore : IAsyncDisposable
{
    private readonly Func<ValueTask> _cleanUp;

    private BenchmarkStore(IEventStore store, Func<ValueTask> cleanUp)
    {
        Store = store;
        _cleanUp = cleanUp;
    }

    public IEventStore Store { get; }

    public static async Task<BenchmarkStore> CreateAsync(string engine) => engine switch
    {
        BenchmarkEngine.Sqlite => CreateSqlite(),
        BenchmarkEngine.Postgres => await CreatePostgresAsync(),
        _ => throw new ArgumentOutOfRangeException(nameof(engine), engine, "Sqlite or Postgres"),
    };

    private static BenchmarkStore CreateSqlite()
    {
        var directory = Directory.CreateTempSubdirectory("krisenstab-bench-").FullName;
        var store = new SqliteEventStore(Path.Combine(directory, "bench.db"));
        return new BenchmarkStore(store, async () =>
        {
            await store.DisposeAsync();
            SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        });
    }

    private static async Task<BenchmarkStore> CreatePostgresAsync()
    {
        var server = Environment.GetEnvironmentVariable(BenchmarkEngine.PostgresVariable)!;
        var database = $"bench_{Guid.NewGuid():N}";
        await ExecuteAsync(server, $"CREATE DATABASE \"{database}\"");
        var store = new PostgresEventStore(new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString, "bench");
        return new BenchmarkStore(store, async () =>
        {
            await store.DisposeAsync();
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(server, $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
        });
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public ValueTask DisposeAsync() => _cleanUp();
}

using System.Data.Common;
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

    private BenchmarkStore(IEventStore store, Func<Task<DbConnection>> openRaw, Func<ValueTask> cleanUp)
    {
        Store = store;
        _openRaw = openRaw;
        _cleanUp = cleanUp;
    }

    private readonly Func<Task<DbConnection>> _openRaw;

    public IEventStore Store { get; }

    /// <summary>A plain connection to the same database with the store's durability (SQLite synchronous=FULL in WAL; PostgreSQL synchronous_commit=on).</summary>
    public Task<DbConnection> OpenRawAsync() => _openRaw();

    public static async Task<BenchmarkStore> CreateAsync(string engine) => engine switch
    {
        BenchmarkEngine.Sqlite => CreateSqlite(),
        BenchmarkEngine.Postgres => await CreatePostgresAsync(),
        _ => throw new ArgumentOutOfRangeException(nameof(engine), engine, "Sqlite or Postgres"),
    };

    private static BenchmarkStore CreateSqlite()
    {
        var directory = Directory.CreateTempSubdirectory("krisenstab-bench-").FullName;
        var path = Path.Combine(directory, "bench.db");
        var store = new SqliteEventStore(path);
        return new BenchmarkStore(store, () => OpenAsync(new SqliteConnection($"Data Source={path}"), "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;"), async () =>
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
        var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString;
        var store = new PostgresEventStore(connectionString, "bench");
        return new BenchmarkStore(store, () => OpenAsync(new NpgsqlConnection(connectionString), "SET synchronous_commit = on"), async () =>
        {
            await store.DisposeAsync();
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(server, $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
        });
    }

    private static async Task<DbConnection> OpenAsync(DbConnection connection, string settings)
    {
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = settings;
        await command.ExecuteNonQueryAsync();
        return connection;
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

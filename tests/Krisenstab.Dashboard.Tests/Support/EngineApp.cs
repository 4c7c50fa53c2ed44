using Krisenstab.Testing;

namespace Krisenstab.Dashboard.Tests.Support;

/// <summary>The embedded gateway on the store engine a test names: SQLite, or a PostgreSQL database of its own.</summary>
public sealed class EngineApp : IAsyncDisposable
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    private readonly PostgresDatabase? _database;

    private EngineApp(GatewayApp app, PostgresDatabase? database)
    {
        App = app;
        _database = database;
    }

    public static TheoryData<string> Engines => new() { Sqlite, Postgres };

    public GatewayApp App { get; }

    /// <param name="time">The clock the app runs on (a fake one for tests that drive time), else the system's.</param>
    public static async Task<EngineApp> StartAsync(string engine, IReadOnlyDictionary<string, string>? settings = null, TimeProvider? time = null)
    {
        var database = engine == Postgres ? await PostgresDatabase.CreateAsync() : null;
        return new EngineApp(new GatewayApp(database?.ConnectionString, time, settings), database);
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}

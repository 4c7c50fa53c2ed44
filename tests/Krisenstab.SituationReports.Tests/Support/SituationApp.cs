using Krisenstab.Testing;

namespace Krisenstab.SituationReports.Tests.Support;

/// <summary>The embedded gateway on SQLite or on a PostgreSQL database of its own, so API tests run on both engines.</summary>
public sealed class SituationApp : IAsyncDisposable
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    private readonly PostgresDatabase? _database;

    private SituationApp(GatewayApp gateway, PostgresDatabase? database)
    {
        Gateway = gateway;
        _database = database;
    }

    public GatewayApp Gateway { get; }

    public static TheoryData<string> Engines => [Sqlite, Postgres];

    public static async Task<SituationApp> StartAsync(string engine, TimeProvider? time = null, IReadOnlyDictionary<string, string>? settings = null)
    {
        var database = engine == Postgres ? await PostgresDatabase.CreateAsync() : null;
        return new SituationApp(new GatewayApp(database?.ConnectionString, time, settings), database);
    }

    public Task<HttpClient> ClientForAsync(string user) => Gateway.ClientForAsync(user);

    public async ValueTask DisposeAsync()
    {
        await Gateway.DisposeAsync();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}

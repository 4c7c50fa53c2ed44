using Krisenstab.Testing;

namespace Krisenstab.Logbook.Tests.Support;

/// <summary>The embedded gateway on the store engine a test names ("sqlite" or "postgres"), with its own database.</summary>
public sealed class Engine : IAsyncDisposable
{
    private readonly PostgresDatabase? _database;

    private Engine(PostgresDatabase? database, GatewayApp app)
    {
        _database = database;
        App = app;
    }

    public static TheoryData<string> Both => new() { "sqlite", "postgres" };

    public GatewayApp App { get; }

    public static async Task<Engine> StartAsync(string engine)
    {
        var database = engine == "postgres" ? await PostgresDatabase.CreateAsync() : null;
        return new Engine(database, new GatewayApp(database?.ConnectionString));
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

using Krisenstab.Testing;

namespace Krisenstab.Tasking.Tests.Support;

/// <summary>A <see cref="TaskingApp"/> on the store engine a test names ("sqlite" or "postgres"), with its own database.</summary>
public sealed class Engine : IAsyncDisposable
{
    private readonly PostgresDatabase? _database;

    private Engine(PostgresDatabase? database, TaskingApp app)
    {
        _database = database;
        App = app;
    }

    public TaskingApp App { get; }

    public static async Task<Engine> StartAsync(string engine, TimeProvider? time = null, IReadOnlyDictionary<string, string>? settings = null)
    {
        var database = engine == "postgres" ? await PostgresDatabase.CreateAsync() : null;
        return new Engine(database, new TaskingApp(database?.ConnectionString, time, settings));
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

using Krisenstab.Testing;

namespace Krisenstab.Communication.Tests.Support;

/// <summary>The two store engines every API test runs on: SQLite in a fresh folder, PostgreSQL in a fresh database.</summary>
public static class Engines
{
    public static TheoryData<string> Both => new() { "sqlite", "postgres" };

    /// <summary>Starts the embedded gateway on <paramref name="engine"/> with extra settings, runs <paramref name="test"/>, cleans up.</summary>
    public static async Task RunAsync(string engine, Func<GatewayApp, Task> test, IReadOnlyDictionary<string, string>? settings = null)
    {
        var all = new Dictionary<string, string> { ["Krisenstab:Communication:DeliveryPollInterval"] = "00:00:00.100" };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            all[key] = value;
        }
        if (engine == "postgres")
        {
            await using var database = await PostgresDatabase.CreateAsync();
            await using var onPostgres = new GatewayApp(postgres: database.ConnectionString, settings: all);
            await test(onPostgres);
            return;
        }
        await using var onSqlite = new GatewayApp(settings: all);
        await test(onSqlite);
    }
}

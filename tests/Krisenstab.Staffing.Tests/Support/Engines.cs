using Krisenstab.Testing;

namespace Krisenstab.Staffing.Tests.Support;

/// <summary>Runs a test body against the embedded gateway on SQLite or on a PostgreSQL database of its own.</summary>
public static class Engines
{
    public static async Task OnSqliteAsync(Func<GatewayApp, Task> test)
    {
        await using var app = new GatewayApp();
        await test(app);
    }

    public static async Task OnPostgresAsync(Func<GatewayApp, Task> test)
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await using var app = new GatewayApp(postgres: database.ConnectionString);
        await test(app);
    }
}

namespace Krisenstab.Benchmarks;

/// <summary>The store engines a benchmark runs against: SQLite always, PostgreSQL when the server is configured.</summary>
public static class BenchmarkEngine
{
    public const string Sqlite = "Sqlite";
    public const string Postgres = "Postgres";

    /// <summary>The same variable the tests use: a connection string to a PostgreSQL server that may create databases.</summary>
    public const string PostgresVariable = "KRISENSTAB_TEST_POSTGRES";

    public static IEnumerable<string> Available()
    {
        yield return Sqlite;
        if (!string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(PostgresVariable)))
        {
            yield return Postgres;
        }
    }
}

using Krisenstab.EventStore.Sqlite;

namespace Krisenstab.EventStore.Tests.Conformance;

/// <summary>A SQLite temp file of the test's own.</summary>
public sealed class SqliteTestDatabase : ITestDatabase
{
    private readonly string _directory = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "krisenstab-tests", Guid.NewGuid().ToString("N"));

    public string FilePath => System.IO.Path.Combine(_directory, "store.db");

    public TestStore Open() => From(new SqliteEventStore(FilePath));

    public static TestStore From(SqliteEventStore store) => new(store, store, store, store);

    public ValueTask DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A pooled connection of a parallel test may still hold it for a moment; temp files are cleaned by the OS.
        }
        return ValueTask.CompletedTask;
    }
}

using System.Collections.Concurrent;

namespace Krisenstab.EventStore.Sqlite;

/// <summary>
/// What every store instance on the same database file in this process shares: the one write gate
/// (SQLite has a single writer; queueing here beats spinning on SQLITE_BUSY), the append signal, and the schema flag.
/// </summary>
internal sealed class SqliteFile
{
    private static readonly ConcurrentDictionary<string, SqliteFile> Files = new(StringComparer.Ordinal);

    private SqliteFile()
    {
    }

    public SemaphoreSlim WriteGate { get; } = new(1, 1);
    public AppendSignal Appended { get; } = new();
    public bool SchemaReady { get; set; }

    public static SqliteFile For(string fullPath) => Files.GetOrAdd(fullPath, _ => new SqliteFile());
}

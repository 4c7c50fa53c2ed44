using System.Text;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Krisenstab.Security.Tests.Support;

/// <summary>Everything a host has on disk or in its database, to search for what must not be there.</summary>
public static class StoredText
{
    /// <summary>Where <paramref name="needle"/> occurs in the raw bytes of every file (database, WAL, keys) under the folder, as UTF-8 or UTF-16.</summary>
    public static IReadOnlyList<string> FilesContaining(string directory, byte[] needle) =>
    [
        .. Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .Where(file => Contains(ReadShared(file), needle))
            .Select(Path.GetFileName)!,
    ];

    public static IReadOnlyList<string> FilesContaining(string directory, string needle) =>
        [.. FilesContaining(directory, Encoding.UTF8.GetBytes(needle)), .. FilesContaining(directory, Encoding.Unicode.GetBytes(needle))];

    /// <summary>Every row of every table of every SQLite database under the folder, as text, with the table's name in front.</summary>
    public static async Task<IReadOnlyList<string>> SqliteRowsAsync(string directory)
    {
        var rows = new List<string>();
        foreach (var file in Directory.EnumerateFiles(directory, "*.db", SearchOption.AllDirectories))
        {
            await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            await connection.OpenAsync();
            foreach (var table in await ColumnAsync(connection, "SELECT name FROM sqlite_master WHERE type = 'table'"))
            {
                rows.AddRange(await RowsAsync(connection, $"{Path.GetFileName(file)}:{table}", $"SELECT * FROM \"{table}\""));
            }
        }
        return rows;
    }

    /// <summary>Every row of every table in every schema of the database except PostgreSQL's own, as text.</summary>
    public static async Task<IReadOnlyList<string>> PostgresRowsAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var tables = await ColumnAsync(connection,
            "SELECT format('%I.%I', table_schema, table_name) FROM information_schema.tables WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')");
        var rows = new List<string>();
        foreach (var table in tables)
        {
            rows.AddRange(await RowsAsync(connection, table, $"SELECT t::text FROM {table} t"));
        }
        return rows;
    }

    private static async Task<List<string>> ColumnAsync(System.Data.Common.DbConnection connection, string sql) =>
        [.. (await RowsAsync(connection, null, sql))];

    private static async Task<List<string>> RowsAsync(System.Data.Common.DbConnection connection, string? table, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            var values = Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetValue(i) switch
            {
                byte[] bytes => Convert.ToHexString(bytes),
                var value => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture),
            });
            rows.Add((table is null ? "" : table + ": ") + string.Join(" | ", values));
        }
        return rows;
    }

    private static byte[] ReadShared(string file)
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static bool Contains(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle) >= 0;
}

using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Krisenstab.ServiceDefaults.PersonalData;

/// <summary>
/// The keys in a file of their own beside the module's event store (<c>{store}.keys.db</c>): backups of the event log
/// need not carry them, and no other reader keeps the file busy, so after an erasure <c>secure_delete</c> has zeroed the
/// key's bytes and a truncating WAL checkpoint leaves no copy of them in the write-ahead log.
/// </summary>
public sealed class SqlitePersonalKeyStore : IPersonalKeyStore, IDisposable
{
    private readonly string _connectionString;
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private readonly TimeProvider _time;
    private volatile bool _schemaReady;

    public SqlitePersonalKeyStore(string path, TimeProvider time)
    {
        _time = time;
        FilePath = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
        _connectionString = new SqliteConnectionStringBuilder { DataSource = FilePath, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false }.ToString();
    }

    public string FilePath { get; }

    public void Dispose() => _writeGate.Dispose();

    public async Task<byte[]> GetOrCreateAsync(string subject, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var existing = await ReadAsync(connection, subject, cancellationToken);
        if (existing is { } row)
        {
            return row.Key ?? throw new PersonalDataErasedException(subject);
        }
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            await Execute(connection, "INSERT INTO personal_data_keys (subject, key, created_at) VALUES (@subject, @key, @now) ON CONFLICT (subject) DO NOTHING",
                cancellationToken, ("@subject", subject), ("@key", PersonalDataCipher.NewKey()), ("@now", _time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture)));
        }
        finally
        {
            _writeGate.Release();
        }
        return (await ReadAsync(connection, subject, cancellationToken))?.Key ?? throw new PersonalDataErasedException(subject);
    }

    public async Task<IReadOnlyDictionary<string, byte[]>> FindAsync(IReadOnlyCollection<string> subjects, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var found = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var subject in subjects)
        {
            if (await ReadAsync(connection, subject, cancellationToken) is { Key: { } key })
            {
                found[subject] = key;
            }
        }
        return found;
    }

    public async Task<ErasureOutcome> EraseAsync(string subject, DateTimeOffset erasedAt, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            var outcome = KeyRow.OutcomeOfErasing(await ReadAsync(connection, subject, cancellationToken));
            if (outcome == ErasureOutcome.Erased)
            {
                await Execute(connection, "UPDATE personal_data_keys SET key = NULL, erased_at = @at WHERE subject = @subject",
                    cancellationToken, ("@subject", subject), ("@at", erasedAt.ToString("O", CultureInfo.InvariantCulture)));
                await Execute(connection, "PRAGMA wal_checkpoint(TRUNCATE)", cancellationToken);
            }
            return outcome;
        }
        finally
        {
            _writeGate.Release();
        }
    }

    private static async Task<KeyRow?> ReadAsync(SqliteConnection connection, string subject, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT key FROM personal_data_keys WHERE subject = @subject";
        command.Parameters.AddWithValue("@subject", subject);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }
        return new KeyRow(reader.IsDBNull(0) ? null : (byte[])reader.GetValue(0));
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        await Execute(connection, "PRAGMA secure_delete = ON; PRAGMA busy_timeout = 5000", cancellationToken);
        if (!_schemaReady)
        {
            await Execute(connection, """
                PRAGMA journal_mode = WAL;
                CREATE TABLE IF NOT EXISTS personal_data_keys (
                    subject    TEXT NOT NULL PRIMARY KEY,
                    key        BLOB,
                    created_at TEXT NOT NULL,
                    erased_at  TEXT);
                """, cancellationToken);
            _schemaReady = true;
        }
        return connection;
    }

    private static async Task Execute(SqliteConnection connection, string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}

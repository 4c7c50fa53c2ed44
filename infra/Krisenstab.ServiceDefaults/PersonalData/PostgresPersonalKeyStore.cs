using Npgsql;
using NpgsqlTypes;

namespace Krisenstab.ServiceDefaults.PersonalData;

/// <summary>
/// The keys in table <c>personal_data_keys</c> of the module's own schema, beside (not in) its event log. After an
/// erasure the table is vacuumed, so the dead row version holding the key is gone from the table.
/// </summary>
public sealed class PostgresPersonalKeyStore(string connectionString, string schema, TimeProvider time) : IPersonalKeyStore, IAsyncDisposable
{
    private const int SchemaLockNamespace = 0x4B53;

    private readonly NpgsqlDataSource _dataSource = NpgsqlDataSource.Create(connectionString);
    private readonly string _table = $"\"{schema}\".personal_data_keys";
    private readonly SemaphoreSlim _schemaGate = new(1, 1);
    private volatile bool _schemaReady;

    public async Task<byte[]> GetOrCreateAsync(string subject, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using (var insert = Command(connection, $"INSERT INTO {_table} (subject, key, created_at) VALUES (@subject, @key, @now) ON CONFLICT (subject) DO NOTHING"))
        {
            insert.Parameters.AddWithValue("subject", subject);
            insert.Parameters.AddWithValue("key", NpgsqlDbType.Bytea, PersonalDataCipher.NewKey());
            insert.Parameters.AddWithValue("now", time.GetUtcNow());
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
        var found = await ReadAsync(connection, [subject], cancellationToken);
        return found.TryGetValue(subject, out var row) && row.Key is { } key ? key : throw new PersonalDataErasedException(subject);
    }

    public async Task<IReadOnlyDictionary<string, byte[]>> FindAsync(IReadOnlyCollection<string> subjects, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var rows = await ReadAsync(connection, subjects, cancellationToken);
        return rows.Where(r => r.Value.Key is not null).ToDictionary(r => r.Key, r => r.Value.Key!, StringComparer.Ordinal);
    }

    public async Task<ErasureOutcome> EraseAsync(string subject, DateTimeOffset erasedAt, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using (var erase = Command(connection, $"UPDATE {_table} SET key = NULL, erased_at = @at WHERE subject = @subject AND key IS NOT NULL"))
        {
            erase.Parameters.AddWithValue("subject", subject);
            erase.Parameters.AddWithValue("at", erasedAt);
            if (await erase.ExecuteNonQueryAsync(cancellationToken) == 0)
            {
                var rows = await ReadAsync(connection, [subject], cancellationToken);
                return KeyRow.OutcomeOfErasing(rows.GetValueOrDefault(subject));
            }
        }
        await using (var vacuum = Command(connection, $"VACUUM {_table}"))
        {
            await vacuum.ExecuteNonQueryAsync(cancellationToken);
        }
        return ErasureOutcome.Erased;
    }

    public ValueTask DisposeAsync()
    {
        _schemaGate.Dispose();
        return _dataSource.DisposeAsync();
    }

    private static NpgsqlCommand Command(NpgsqlConnection connection, string sql) => new(sql, connection);

    private async Task<Dictionary<string, KeyRow>> ReadAsync(NpgsqlConnection connection, IReadOnlyCollection<string> subjects, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, $"SELECT subject, key FROM {_table} WHERE subject = ANY(@subjects)");
        command.Parameters.AddWithValue("subjects", subjects.ToArray());
        var rows = new Dictionary<string, KeyRow>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows[reader.GetString(0)] = new KeyRow(reader.IsDBNull(1) ? null : (byte[])reader.GetValue(1));
        }
        return rows;
    }

    private async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        if (_schemaReady)
        {
            return connection;
        }
        await _schemaGate.WaitAsync(cancellationToken);
        try
        {
            // The same lock the event store takes to create its schema, so the two never race to create it.
            await using var create = Command(connection, $"""
                SELECT pg_advisory_xact_lock({SchemaLockNamespace}, 0);
                CREATE SCHEMA IF NOT EXISTS "{schema}";
                CREATE TABLE IF NOT EXISTS {_table} (
                    subject    text        NOT NULL PRIMARY KEY,
                    key        bytea,
                    created_at timestamptz NOT NULL,
                    erased_at  timestamptz);
                """);
            await create.ExecuteNonQueryAsync(cancellationToken);
            _schemaReady = true;
        }
        finally
        {
            _schemaGate.Release();
        }
        return connection;
    }
}

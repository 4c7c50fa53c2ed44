using System.Text.RegularExpressions;

namespace Krisenstab.EventStore.Postgres;

/// <summary>The schema of one service's store in PostgreSQL: its name, its append lock, its notification channel, its tables.</summary>
internal sealed partial class PostgresSchema
{
    /// <summary>First half of every advisory-lock key this store takes ("KS"), so they do not collide with other users of advisory locks.</summary>
    public const int LockNamespace = 0x4B53;

    private PostgresSchema(string name) => Name = name;

    public string Name { get; }

    /// <summary>Quoted, for use in SQL text (the name is validated, so quoting is only for safety).</summary>
    public string Quoted => $"\"{Name}\"";

    public string Channel => $"krisenstab_{Name}";

    /// <summary>Store names such as <c>situation-reports</c> become schema <c>situation_reports</c>.</summary>
    public static PostgresSchema ForStore(string storeName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(storeName);
        var name = storeName.Trim().ToLowerInvariant().Replace('-', '_');
        return ValidName().IsMatch(name)
            ? new PostgresSchema(name)
            : throw new ArgumentException(
                $"Store name '{storeName}' cannot be a PostgreSQL schema: use letters, digits, '-' or '_', start with a letter, at most 40 characters.",
                nameof(storeName));
    }

    /// <summary>
    /// Begins a write: takes the per-schema append lock (see <see cref="PostgresWriteBatch"/> for why it must come
    /// first) and queues the notification to listeners, in one round trip. PostgreSQL delivers a notification only if,
    /// and when, its transaction commits, so queuing it first is the same as sending it last.
    /// </summary>
    public string BeginWriteSql => $"SELECT pg_advisory_xact_lock({LockNamespace}, hashtext('{Name}')); SELECT pg_notify('{Channel}', '')";

    public string CreateSql => $"""
        SELECT pg_advisory_xact_lock({LockNamespace}, 0);
        CREATE SCHEMA IF NOT EXISTS {Quoted};
        CREATE TABLE IF NOT EXISTS {Quoted}.events (
            global_position bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            event_id        uuid   NOT NULL UNIQUE,
            stream          text   NOT NULL,
            stream_version  bigint NOT NULL,
            event_type      text   NOT NULL,
            data            json   NOT NULL,
            metadata        json   NOT NULL,
            UNIQUE (stream, stream_version));
        CREATE TABLE IF NOT EXISTS {Quoted}.snapshots (
            stream          text   NOT NULL PRIMARY KEY,
            version         bigint NOT NULL,
            last_event_id   uuid   NOT NULL,
            shape           text   NOT NULL,
            data            text   NOT NULL);
        CREATE TABLE IF NOT EXISTS {Quoted}.checkpoints (
            subscription_id text   NOT NULL PRIMARY KEY,
            position        bigint NOT NULL);
        CREATE TABLE IF NOT EXISTS {Quoted}.inbox (
            consumer     text        NOT NULL,
            message_id   uuid        NOT NULL,
            processed_at timestamptz NOT NULL,
            PRIMARY KEY (consumer, message_id));
        """;

    [GeneratedRegex("^[a-z][a-z0-9_]{0,39}$")]
    private static partial Regex ValidName();
}

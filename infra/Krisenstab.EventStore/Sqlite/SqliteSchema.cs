namespace Krisenstab.EventStore.Sqlite;

/// <summary>The tables of one service's SQLite file; every statement is safe to run again.</summary>
internal static class SqliteSchema
{
    /// <summary>
    /// The global position is the rowid (AUTOINCREMENT: never reused). SQLite has one writer at a time,
    /// so rowid order is commit order and a reader can never see a later position before an earlier one.
    /// </summary>
    public const string Create = """
        PRAGMA journal_mode = WAL;
        CREATE TABLE IF NOT EXISTS events (
            global_position INTEGER PRIMARY KEY AUTOINCREMENT,
            event_id        TEXT    NOT NULL UNIQUE,
            stream          TEXT    NOT NULL,
            stream_version  INTEGER NOT NULL,
            event_type      TEXT    NOT NULL,
            data            TEXT    NOT NULL CHECK (json_valid(data)),
            metadata        TEXT    NOT NULL CHECK (json_valid(metadata)),
            UNIQUE (stream, stream_version));
        CREATE TABLE IF NOT EXISTS snapshots (
            stream          TEXT    NOT NULL PRIMARY KEY,
            version         INTEGER NOT NULL,
            last_event_id   TEXT    NOT NULL,
            shape           TEXT    NOT NULL,
            data            BLOB    NOT NULL);
        CREATE TABLE IF NOT EXISTS checkpoints (
            subscription_id TEXT    NOT NULL PRIMARY KEY,
            position        INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS inbox (
            consumer     TEXT NOT NULL,
            message_id   TEXT NOT NULL,
            processed_at TEXT NOT NULL,
            PRIMARY KEY (consumer, message_id));
        """;

    /// <summary>Per connection: durability first, every commit is fsynced.</summary>
    public const string ConnectionSettings = "PRAGMA synchronous = FULL;";
}

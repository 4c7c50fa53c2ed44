namespace Krisenstab.EventStore;

/// <summary>The engine under a store (<c>Krisenstab:EventStore:Provider</c>).</summary>
public enum EventStoreProvider
{
    Sqlite,
    Postgres,
}

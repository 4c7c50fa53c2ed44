namespace Krisenstab.ServiceDefaults.Tests.Support;

/// <summary>The event store engines the command machinery runs on.</summary>
public enum Engine
{
    Sqlite,
    Postgres,
}

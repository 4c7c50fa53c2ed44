using Krisenstab.Testing;

namespace Krisenstab.EndToEnd.Tests.Support;

/// <summary>The environment of a service host process in distributed mode: its modules, the gateway as sign-in authority, PostgreSQL and RabbitMQ.</summary>
public static class ServiceHosts
{
    public static Dictionary<string, string> Environment(string modules, string issuer, PostgresDatabase database, RabbitMqVirtualHost vhost) => new()
    {
        ["Krisenstab__Mode"] = "Distributed",
        ["Krisenstab__Modules"] = modules,
        ["Krisenstab__Auth__Authority"] = issuer,
        ["Krisenstab__EventStore__Provider"] = "Postgres",
        ["ConnectionStrings__Postgres"] = database.ConnectionString,
        ["Krisenstab__Bus__Transport"] = "RabbitMQ",
        ["ConnectionStrings__RabbitMQ"] = vhost.ConnectionString,
    };
}

using Microsoft.Data.Sqlite;
using Krisenstab.Messaging.Configuration;

namespace Krisenstab.Messaging.Tests.Support;

/// <summary>The bus a test runs on: the in-memory transport, or RabbitMQ in a virtual host of the test's own.</summary>
public sealed class TestBus : IAsyncDisposable
{
    public const string InMemory = "InMemory";
    public const string RabbitMq = "RabbitMQ";

    private TestBus(string transport, RabbitMqVirtualHost? virtualHost)
    {
        Transport = transport;
        VirtualHost = virtualHost;
        DataDirectory = Directory.CreateTempSubdirectory("krisenstab-messaging-").FullName;
    }

    public string Transport { get; }
    public RabbitMqVirtualHost? VirtualHost { get; }

    /// <summary>Where the test's SQLite stores live (one file per store, kept across host restarts).</summary>
    public string DataDirectory { get; }

    /// <summary>Separate processes can only meet over RabbitMQ; on the in-memory bus all services share one host.</summary>
    public bool ConnectsSeparateHosts => VirtualHost is not null;

    public static async Task<TestBus> CreateAsync(string transport) =>
        new(transport, transport == RabbitMq ? await RabbitMqVirtualHost.CreateAsync() : null);

    /// <summary>When set, services keep their stores in PostgreSQL (a schema each) instead of SQLite files.</summary>
    public string? PostgresConnectionString { get; set; }

    public Dictionary<string, string?> Settings() => new()
    {
        [BusSettings.TransportKey] = Transport,
        [BusSettings.ModeKey] = ConnectsSeparateHosts ? "Distributed" : "Embedded",
        ["ConnectionStrings:RabbitMQ"] = VirtualHost?.ConnectionString,
        ["Krisenstab:EventStore:Provider"] = PostgresConnectionString is null ? "Sqlite" : "Postgres",
        ["ConnectionStrings:Postgres"] = PostgresConnectionString,
        ["Krisenstab:EventStore:DataDirectory"] = DataDirectory,
    };

    public async ValueTask DisposeAsync()
    {
        if (VirtualHost is not null)
        {
            await VirtualHost.DisposeAsync();
        }
        SqliteConnection.ClearAllPools();
        Directory.Delete(DataDirectory, recursive: true);
    }
}

using System.Text.RegularExpressions;
using Krisenstab.EventStore.Postgres;
using Krisenstab.EventStore.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Krisenstab.EventStore;

/// <summary>
/// Which engine a store runs on, read from configuration and checked at start; registered keyed by the store's name, so
/// that what lives beside the store (the personal-data key store) finds the same database.
/// </summary>
public sealed partial record EventStoreSettings(string StoreName, EventStoreProvider Provider, string? SqlitePath, string? PostgresConnectionString)
{
    public const string ProviderKey = "Krisenstab:EventStore:Provider";
    public const string DataDirectoryKey = "Krisenstab:EventStore:DataDirectory";
    public const string PostgresConnectionName = "Postgres";
    public const string DefaultDataDirectory = "data";

    /// <summary>Throws with one line that says what to set when the configuration cannot work.</summary>
    public static EventStoreSettings Read(string storeName, IConfiguration configuration)
    {
        if (string.IsNullOrWhiteSpace(storeName) || !ValidStoreName().IsMatch(storeName))
        {
            throw new ArgumentException(
                $"Event store name '{storeName}' is not valid: use a letter, then letters, digits, '-' or '_' (at most 40 characters).",
                nameof(storeName));
        }
        var provider = configuration[ProviderKey];
        if (string.IsNullOrWhiteSpace(provider) || provider.Equals("Sqlite", StringComparison.OrdinalIgnoreCase))
        {
            var directory = configuration[DataDirectoryKey];
            var path = Path.GetFullPath(Path.Combine(string.IsNullOrWhiteSpace(directory) ? DefaultDataDirectory : directory, $"{storeName}.db"));
            return new EventStoreSettings(storeName, EventStoreProvider.Sqlite, path, null);
        }
        if (provider.Equals("Postgres", StringComparison.OrdinalIgnoreCase) || provider.Equals("PostgreSQL", StringComparison.OrdinalIgnoreCase))
        {
            var connectionString = configuration.GetConnectionString(PostgresConnectionName);
            return string.IsNullOrWhiteSpace(connectionString)
                ? throw new InvalidOperationException($"{ProviderKey} is Postgres but ConnectionStrings:{PostgresConnectionName} is not set.")
                : new EventStoreSettings(storeName, EventStoreProvider.Postgres, null, connectionString);
        }
        throw new InvalidOperationException($"{ProviderKey} is '{provider}', which is not known: set it to Sqlite or Postgres.");
    }

    /// <summary>The store's schema on PostgreSQL; null on SQLite.</summary>
    public string? PostgresSchemaName => Provider == EventStoreProvider.Postgres ? PostgresSchema.ForStore(StoreName).Name : null;

    internal IEventStore CreateStore(IServiceProvider services)
    {
        var timeProvider = services.GetService<TimeProvider>() ?? TimeProvider.System;
        return Provider switch
        {
            EventStoreProvider.Postgres => new PostgresEventStore(
                PostgresConnectionString!, StoreName, timeProvider, services.GetService<ILogger<PostgresEventStore>>()),
            _ => new SqliteEventStore(SqlitePath!, timeProvider),
        };
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_-]{0,39}$")]
    private static partial Regex ValidStoreName();
}

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Krisenstab.EventStore;

public static class EventStoreServiceCollectionExtensions
{
    /// <summary>
    /// Registers one service's store as keyed singletons (key = <paramref name="storeName"/>) of
    /// <see cref="IEventStore"/>, <see cref="ICheckpointStore"/>, <see cref="IInbox"/>, <see cref="ISnapshotStore"/> and <see cref="IAppendWatermark"/>, all the same database.
    /// <c>Krisenstab:EventStore:Provider</c> = Sqlite (default; file <c>{DataDirectory}/{storeName}.db</c>,
    /// <c>Krisenstab:EventStore:DataDirectory</c> defaults to <c>data</c>) or Postgres (<c>ConnectionStrings:Postgres</c>,
    /// schema named after the store). Throws at once, with what to set, when the configuration cannot work.
    /// </summary>
    public static IServiceCollection AddEventStore(this IServiceCollection services, string storeName, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var settings = EventStoreSettings.Read(storeName, configuration);
        services.AddKeyedSingleton(storeName, settings);
        services.AddKeyedSingleton(storeName, (provider, _) => settings.CreateStore(provider));
        // Both engines implement all three on one database: the same instance answers each.
        services.AddKeyedSingleton(storeName, (provider, key) => (ICheckpointStore)provider.GetRequiredKeyedService<IEventStore>(key));
        services.AddKeyedSingleton(storeName, (provider, key) => (IInbox)provider.GetRequiredKeyedService<IEventStore>(key));
        services.AddKeyedSingleton(storeName, (provider, key) => (ISnapshotStore)provider.GetRequiredKeyedService<IEventStore>(key));
        services.AddKeyedSingleton(storeName, (provider, key) => (IAppendWatermark)provider.GetRequiredKeyedService<IEventStore>(key));
        services.TryAddSingleton<ReadModelSubscriptions>();
        services.TryAddSingleton<ReadYourWrites>();
        return services;
    }
}

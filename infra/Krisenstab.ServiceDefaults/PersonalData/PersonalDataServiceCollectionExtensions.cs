using Krisenstab.EventStore;
using Microsoft.Extensions.DependencyInjection;

namespace Krisenstab.ServiceDefaults.PersonalData;

public static class PersonalDataServiceCollectionExtensions
{
    /// <summary>
    /// The module's <see cref="PersonalDataVault"/>, keyed by its store name, over a key store on the same engine and
    /// database as the module's event store (SQLite: the file <c>{store}.keys.db</c> beside <c>{store}.db</c>;
    /// PostgreSQL: table <c>personal_data_keys</c> in the store's schema). Call from the module's <c>AddServices</c>.
    /// </summary>
    public static IServiceCollection AddPersonalData(this IServiceCollection services, string storeName)
    {
        services.AddKeyedSingleton<IPersonalKeyStore>(storeName, (provider, key) =>
        {
            var settings = provider.GetRequiredKeyedService<EventStoreSettings>(key);
            var time = provider.GetRequiredService<TimeProvider>();
            return settings.Provider == EventStoreProvider.Postgres
                ? new PostgresPersonalKeyStore(settings.PostgresConnectionString!, settings.PostgresSchemaName!, time)
                : new SqlitePersonalKeyStore(Path.ChangeExtension(settings.SqlitePath!, ".keys.db"), time);
        });
        services.AddKeyedSingleton(storeName, (provider, key) =>
            new PersonalDataVault(provider.GetRequiredKeyedService<IPersonalKeyStore>(key), provider.GetRequiredService<TimeProvider>()));
        return services;
    }
}

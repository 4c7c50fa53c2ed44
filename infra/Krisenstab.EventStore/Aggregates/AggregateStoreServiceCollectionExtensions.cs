using Krisenstab.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace Krisenstab.EventStore;

public static class AggregateStoreServiceCollectionExtensions
{
    /// <summary>
    /// Registers the singleton <see cref="AggregateStore{TState}"/> over the store <paramref name="storeName"/>, using the
    /// registered <see cref="EventSerializer"/> — or one of <paramref name="privateEvents"/> for an aggregate whose
    /// events stay inside the module (the store-to-bus publisher skips wire names it does not know).
    /// </summary>
    public static IServiceCollection AddAggregateStore<TState>(
        this IServiceCollection services,
        string storeName,
        string category,
        TState initial,
        Func<TState, object, TState> apply,
        EventTypeMap? privateEvents = null) =>
        services.AddSingleton(provider => new AggregateStore<TState>(
            provider.GetRequiredKeyedService<IEventStore>(storeName),
            privateEvents is null
                ? provider.GetRequiredService<EventSerializer>()
                : new EventSerializer(privateEvents, provider.GetService<TimeProvider>()),
            category,
            initial,
            apply));
}

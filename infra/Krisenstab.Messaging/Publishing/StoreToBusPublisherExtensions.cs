using Krisenstab.EventStore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Krisenstab.Messaging.Publishing;

public static class StoreToBusPublisherExtensions
{
    /// <summary>The subscription id under which the publisher keeps its checkpoint in the service's store.</summary>
    public const string SubscriptionId = "bus-publisher";

    /// <summary>
    /// Publishes every public event appended to the store <paramref name="storeName"/> (registered with
    /// <c>AddEventStore</c>) to the bus: the store is the outbox. A checkpointed subscription hands batches to
    /// <see cref="StoreToBusPublisher"/>; its checkpoint moves only after the broker confirmed the whole batch, or, on
    /// the in-memory transport, only after every consumer on the bus handled the events. Publishing starts once the
    /// host, and so the bus, has started.
    /// </summary>
    public static IServiceCollection AddStoreToBusPublisher(
        this IServiceCollection services,
        string storeName,
        Action<EventSubscriptionOptions>? configure = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(storeName);
        // Not AddHostedService: it would keep only the first of several publishers (same implementation type).
        services.AddSingleton<IHostedService>(provider =>
        {
            var options = new EventSubscriptionOptions();
            configure?.Invoke(options);
            return new StoreToBusPublisherService(provider, storeName, options);
        });
        return services;
    }
}

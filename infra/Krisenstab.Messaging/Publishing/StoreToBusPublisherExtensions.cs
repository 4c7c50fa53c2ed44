using Krisenstab.Contracts;
using Krisenstab.EventStore;
using MassTransit;
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
    /// <see cref="StoreToBusPublisher"/> and moves its checkpoint only after the broker confirmed the whole batch.
    /// Publishing starts once the host, and so the bus, has started.
    /// </summary>
    public static IServiceCollection AddStoreToBusPublisher(
        this IServiceCollection services,
        string storeName,
        Action<EventSubscriptionOptions>? configure = null) =>
        services.AddEventSubscription(storeName, SubscriptionId, provider =>
        {
            var publisher = new StoreToBusPublisher(provider.GetRequiredService<IBus>(), provider.GetRequiredService<EventTypeMap>());
            var hostStarted = Started(provider.GetRequiredService<IHostApplicationLifetime>());
            return async (batch, cancellationToken) =>
            {
                await hostStarted.WaitAsync(cancellationToken);
                await publisher.PublishAsync(batch, cancellationToken);
            };
        }, configure);

    private static Task Started(IHostApplicationLifetime lifetime)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        return started.Task;
    }
}

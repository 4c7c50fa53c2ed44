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
            var lifetime = provider.GetRequiredService<IHostApplicationLifetime>();
            var hostStarted = Started(lifetime);
            return async (batch, cancellationToken) =>
            {
                await hostStarted.WaitAsync(cancellationToken);
                await PublishUnlessStoppingAsync(publisher, batch, lifetime.ApplicationStopping, cancellationToken);
            };
        }, configure);

    /// <summary>
    /// Stops publishing as soon as the host begins to stop (before the bus does). The interrupted batch is then not
    /// confirmed, so the checkpoint stays before it and the next start publishes it again (consumers' inboxes drop the
    /// repeats); the handler waits for the subscription itself to stop instead of failing and being retried.
    /// </summary>
    private static async Task PublishUnlessStoppingAsync(
        StoreToBusPublisher publisher,
        IReadOnlyList<RecordedEvent> batch,
        CancellationToken hostStopping,
        CancellationToken cancellationToken)
    {
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, hostStopping);
        try
        {
            await publisher.PublishAsync(batch, stopping.Token);
        }
        catch (OperationCanceledException) when (hostStopping.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
    }

    private static Task Started(IHostApplicationLifetime lifetime)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        return started.Task;
    }
}

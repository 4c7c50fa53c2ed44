using Krisenstab.Contracts;
using Krisenstab.EventStore;
using Krisenstab.Messaging.Delivery;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Krisenstab.Messaging.Publishing;

/// <summary>
/// Runs the checkpointed subscription that publishes one store's public events. Over a broker the checkpoint moves
/// once the broker confirmed a batch. On the in-memory transport (a <see cref="DeliveryTracker"/> is registered) the
/// stored checkpoint is the delivery watermark instead: it moves only once every consumer handled the events.
/// </summary>
internal sealed class StoreToBusPublisherService(IServiceProvider services, string storeName, EventSubscriptionOptions options)
    : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var stored = services.GetRequiredKeyedService<ICheckpointStore>(storeName);
        var tracker = services.GetService<DeliveryTracker>();
        if (tracker is null)
        {
            return Subscription(stored, delivery: null).RunAsync(stoppingToken);
        }
        var watermark = new DeliveryWatermark();
        var delivered = new DeliveredCheckpointStore(stored, watermark, services.GetRequiredService<ILogger<StoreToBusPublisherService>>());
        return Task.WhenAll(
            Subscription(delivered, new TrackedDelivery(tracker, watermark)).RunAsync(stoppingToken),
            delivered.PersistAsync(StoreToBusPublisherExtensions.SubscriptionId, stoppingToken));
    }

    private EventSubscription Subscription(ICheckpointStore checkpoints, TrackedDelivery? delivery)
    {
        var publisher = new StoreToBusPublisher(services.GetRequiredService<IBus>(), services.GetRequiredService<EventTypeMap>(), delivery);
        var lifetime = services.GetRequiredService<IHostApplicationLifetime>();
        var hostStarted = Started(lifetime);
        return new EventSubscription(
            StoreToBusPublisherExtensions.SubscriptionId,
            services.GetRequiredKeyedService<IEventStore>(storeName),
            checkpoints,
            async (batch, cancellationToken) =>
            {
                await hostStarted.WaitAsync(cancellationToken);
                await PublishUnlessStoppingAsync(publisher, batch, lifetime.ApplicationStopping, cancellationToken);
            },
            options,
            services.GetService<TimeProvider>(),
            services.GetService<ILogger<EventSubscription>>());
    }

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

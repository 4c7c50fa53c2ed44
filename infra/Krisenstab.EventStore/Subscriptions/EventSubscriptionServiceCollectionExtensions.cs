using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Krisenstab.EventStore;

public static class EventSubscriptionServiceCollectionExtensions
{
    /// <summary>
    /// Runs a checkpointed subscription to every event of the store <paramref name="storeName"/> (registered with
    /// <c>AddEventStore</c>) as a hosted service. The checkpoint is stored in that store under <paramref name="subscriptionId"/>.
    /// </summary>
    /// <param name="handlerFactory">Builds the batch handler once, from the root service provider, when the host starts.</param>
    public static IServiceCollection AddEventSubscription(
        this IServiceCollection services,
        string storeName,
        string subscriptionId,
        Func<IServiceProvider, Func<IReadOnlyList<RecordedEvent>, CancellationToken, Task>> handlerFactory,
        Action<EventSubscriptionOptions>? configure = null) =>
        services.AddSubscription(storeName, subscriptionId, provider => provider.GetRequiredKeyedService<ICheckpointStore>(storeName), handlerFactory, configure);

    /// <summary>As above, with a <typeparamref name="THandler"/> resolved (or created) in a new scope for each batch.</summary>
    public static IServiceCollection AddEventSubscription<THandler>(
        this IServiceCollection services,
        string storeName,
        string subscriptionId,
        Action<EventSubscriptionOptions>? configure = null)
        where THandler : class, IEventBatchHandler =>
        services.AddEventSubscription(storeName, subscriptionId, provider => async (events, cancellationToken) =>
        {
            await using var scope = provider.CreateAsyncScope();
            var handler = ActivatorUtilities.GetServiceOrCreateInstance<THandler>(scope.ServiceProvider);
            await handler.HandleAsync(events, cancellationToken);
        }, configure);

    /// <summary>Runs one subscription as a hosted service, its checkpoint kept where <paramref name="checkpoints"/> says.</summary>
    internal static IServiceCollection AddSubscription(
        this IServiceCollection services,
        string storeName,
        string subscriptionId,
        Func<IServiceProvider, ICheckpointStore> checkpoints,
        Func<IServiceProvider, Func<IReadOnlyList<RecordedEvent>, CancellationToken, Task>> handlerFactory,
        Action<EventSubscriptionOptions>? configure)
    {
        ArgumentNullException.ThrowIfNull(handlerFactory);
        ArgumentException.ThrowIfNullOrWhiteSpace(subscriptionId);
        services.TryAddSingleton<ReadModelSubscriptions>();
        services.TryAddSingleton<ReadYourWrites>();
        // Not AddHostedService: it would keep only the first of several subscriptions (same implementation type).
        services.AddSingleton<IHostedService>(provider =>
        {
            var options = new EventSubscriptionOptions();
            configure?.Invoke(options);
            var subscription = new EventSubscription(
                subscriptionId,
                provider.GetRequiredKeyedService<IEventStore>(storeName),
                checkpoints(provider),
                handlerFactory(provider),
                options,
                provider.GetService<TimeProvider>(),
                provider.GetService<ILogger<EventSubscription>>());
            if (options.ServesReads)
            {
                provider.GetRequiredService<ReadModelSubscriptions>().Add(storeName, subscription);
            }
            return new EventSubscriptionService(subscription);
        });
        return services;
    }
}

using Microsoft.Extensions.DependencyInjection;

namespace Krisenstab.EventStore;

public static class InMemoryProjectionServiceCollectionExtensions
{
    /// <summary>
    /// Feeds an in-memory read model from every event of the store <paramref name="storeName"/>: a subscription whose
    /// checkpoint lives in memory (<see cref="InMemoryCheckpointStore"/>), so each start reads the store from the
    /// beginning, then follows new appends. Queries answer from it, so reads wait for it (<see cref="ReadYourWrites"/>).
    /// </summary>
    /// <param name="handlerFactory">Builds the batch handler once, from the root service provider, when the host starts.</param>
    public static IServiceCollection AddInMemoryProjection(
        this IServiceCollection services,
        string storeName,
        string projectionId,
        Func<IServiceProvider, Func<IReadOnlyList<RecordedEvent>, CancellationToken, Task>> handlerFactory,
        Action<EventSubscriptionOptions>? configure = null) =>
        services.AddSubscription(storeName, projectionId, _ => new InMemoryCheckpointStore(), handlerFactory, options =>
        {
            options.ServesReads = true;
            configure?.Invoke(options);
        });

    /// <summary>
    /// As above for the common case: each event the registered <see cref="EventSerializer"/> knows is folded into the
    /// singleton <typeparamref name="TReadModel"/> by <paramref name="apply"/> (the event, and the record it came in).
    /// </summary>
    public static IServiceCollection AddInMemoryProjection<TReadModel>(
        this IServiceCollection services,
        string storeName,
        string projectionId,
        Action<TReadModel, object, RecordedEvent> apply,
        Action<EventSubscriptionOptions>? configure = null)
        where TReadModel : notnull
    {
        ArgumentNullException.ThrowIfNull(apply);
        return services.AddInMemoryProjection(storeName, projectionId, provider =>
        {
            var readModel = provider.GetRequiredService<TReadModel>();
            var serializer = provider.GetRequiredService<EventSerializer>();
            return (batch, _) =>
            {
                foreach (var recorded in batch)
                {
                    if (serializer.TryDeserialize(recorded, out var @event))
                    {
                        apply(readModel, @event!, recorded);
                    }
                }
                return Task.CompletedTask;
            };
        }, configure);
    }
}

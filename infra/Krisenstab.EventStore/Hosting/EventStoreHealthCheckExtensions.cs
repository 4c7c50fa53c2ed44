using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Krisenstab.EventStore;

public static class EventStoreHealthCheckExtensions
{
    /// <summary>Checks the store registered by <c>AddEventStore(storeName, …)</c>; tagged "ready" unless tags are given.</summary>
    public static IHealthChecksBuilder AddEventStoreCheck(this IHealthChecksBuilder builder, string storeName, params string[] tags)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Add(new HealthCheckRegistration(
            $"event-store-{storeName}",
            services => new EventStoreHealthCheck(services.GetRequiredKeyedService<IEventStore>(storeName)),
            failureStatus: HealthStatus.Unhealthy,
            tags: tags.Length > 0 ? tags : ["ready"]));
    }
}

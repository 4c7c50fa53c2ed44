using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Krisenstab.EventStore;

/// <summary>Ready when the store's database answers a read.</summary>
public sealed class EventStoreHealthCheck(IEventStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        try
        {
            await store.ReadAllAsync(0, 1, cancellationToken);
            return HealthCheckResult.Healthy();
        }
#pragma warning disable CA1031 // Any failure to reach the store is the answer, not a crash.
        catch (Exception exception) when (exception is not OperationCanceledException)
#pragma warning restore CA1031
        {
            return new HealthCheckResult(context.Registration.FailureStatus, "The event store cannot be reached.", exception);
        }
    }
}

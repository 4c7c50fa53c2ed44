using Krisenstab.EventStore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Krisenstab.SituationReports.Queries;

/// <summary>
/// Keeps <see cref="CrisisList"/> current with a subscription to the module's store. The list lives in memory, so
/// its checkpoint does too: each start reads the store from the beginning, then follows new appends.
/// </summary>
public sealed class CrisisListProjection(
    [FromKeyedServices(SituationReportsModule.StoreName)] IEventStore store,
    EventSerializer serializer,
    CrisisList list,
    TimeProvider time,
    ILogger<EventSubscription> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        new EventSubscription("crisis-list", store, new InMemoryCheckpoint(), HandleAsync, timeProvider: time, logger: logger)
            .RunAsync(stoppingToken);

    private Task HandleAsync(IReadOnlyList<RecordedEvent> batch, CancellationToken cancellationToken)
    {
        foreach (var recorded in batch)
        {
            if (serializer.TryDeserialize(recorded, out var @event))
            {
                list.Apply(@event!);
            }
        }
        return Task.CompletedTask;
    }
}

using Krisenstab.EventStore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Krisenstab.SituationReports.Queries;

/// <summary>
/// Keeps <see cref="CrisisList"/> current: reads the module's store from the beginning at start (the list lives in
/// memory, so there is no checkpoint to keep), then follows new appends.
/// </summary>
public sealed class CrisisListProjection(
    [FromKeyedServices(SituationReportsModule.StoreName)] IEventStore store,
    EventSerializer serializer,
    CrisisList list) : BackgroundService
{
    private const int BatchSize = 256;
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        long position = -1;
        while (!stoppingToken.IsCancellationRequested)
        {
            var batch = await store.ReadAllAsync(position, BatchSize, stoppingToken);
            foreach (var recorded in batch)
            {
                if (serializer.TryDeserialize(recorded, out var @event))
                {
                    list.Apply(@event!);
                }
                position = recorded.GlobalPosition;
            }
            if (batch.Count < BatchSize)
            {
                await store.WaitForAppendAsync(PollInterval, stoppingToken);
            }
        }
    }
}

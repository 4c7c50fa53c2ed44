using Krisenstab.EventStore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Krisenstab.Accommodation.Queries;

/// <summary>Feeds the module's own events, in global order, into the <see cref="FacilityDirectory"/>: catch up, then follow.</summary>
public sealed class FacilityDirectoryProjection(
    [FromKeyedServices(AccommodationModule.StoreName)] IEventStore store,
    EventSerializer serializer,
    FacilityDirectory directory,
    ILogger<FacilityDirectoryProjection> logger) : BackgroundService
{
    private const int BatchSize = 500;
    private static readonly TimeSpan IdleWait = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await FollowAsync(stoppingToken);
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                logger.LogWarning(failure, "Reading the accommodation store failed; trying again.");
                await Task.Delay(IdleWait, stoppingToken);
            }
        }
    }

    private async Task FollowAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            // Ask for the wake-up before reading, so an append between the read and the wait is not slept through.
            var appended = store.WaitForAppendAsync(IdleWait, stoppingToken);
            var batch = await store.ReadAllAsync(directory.Position, BatchSize, stoppingToken);
            foreach (var recorded in batch)
            {
                serializer.TryDeserialize(recorded, out var @event);
                directory.Apply(recorded.GlobalPosition, @event, recorded.Metadata.OccurredAt);
            }
            if (batch.Count < BatchSize)
            {
                await appended;
            }
        }
    }
}

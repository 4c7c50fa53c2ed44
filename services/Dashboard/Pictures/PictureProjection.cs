using Krisenstab.Contracts.Situation;
using Krisenstab.Dashboard.Hubs;
using Krisenstab.Dashboard.Journal;
using Krisenstab.EventStore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Krisenstab.Dashboard.Pictures;

/// <summary>
/// Folds each journal entry of the dashboard's store into the live pictures and pushes the change to the hub.
/// The pictures live in memory: at start it reads the journals from the beginning, then follows new appends.
/// Every dashboard replica runs its own, so each pushes to its own connected clients.
/// </summary>
public sealed class PictureProjection(
    [FromKeyedServices(DashboardModule.StoreName)] IEventStore store,
    CrisisJournal journal,
    SituationPictures pictures,
    PictureNotifier notifier) : BackgroundService
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
                await HandleAsync(recorded, stoppingToken);
                position = recorded.GlobalPosition;
            }
            if (batch.Count < BatchSize)
            {
                await store.WaitForAppendAsync(PollInterval, stoppingToken);
            }
        }
    }

    private async Task HandleAsync(RecordedEvent recorded, CancellationToken cancellationToken)
    {
        if (CrisisJournal.CrisisOf(recorded.Stream) is not { } crisisId || journal.ToEntry(recorded) is not { } entry)
        {
            return;
        }
        var picture = pictures.Apply(crisisId, entry);
        await notifier.PictureChangedAsync(picture, crisisOpened: entry.Event is CrisisOpened, cancellationToken);
    }
}

using Krisenstab.Contracts.Situation;
using Krisenstab.Dashboard.Hubs;
using Krisenstab.Dashboard.Journal;
using Krisenstab.EventStore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Krisenstab.Dashboard.Pictures;

/// <summary>
/// Folds each journal entry of the dashboard's store into the live pictures and pushes the change to the hub.
/// The pictures live in memory, so the checkpoint does too: each start reads the journals from the beginning, then
/// follows new appends. Every dashboard replica runs its own, so each pushes to its own connected clients.
/// </summary>
public sealed class PictureProjection(
    [FromKeyedServices(DashboardModule.StoreName)] IEventStore store,
    DashboardJournal journal,
    SituationPictures pictures,
    PictureNotifier notifier,
    TimeProvider time,
    ILogger<EventSubscription> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        new EventSubscription("situation-pictures", store, new InMemoryCheckpoint(), HandleAsync, timeProvider: time, logger: logger)
            .RunAsync(stoppingToken);

    private async Task HandleAsync(IReadOnlyList<RecordedEvent> batch, CancellationToken cancellationToken)
    {
        foreach (var recorded in batch)
        {
            if (JournalStreams.CrisisOf(recorded.Stream) is not { } crisisId
                || journal.ToEntry(recorded) is not { } entry
                || pictures.Apply(crisisId, entry, recorded.GlobalPosition) is not { } picture)
            {
                continue;
            }
            await notifier.PictureChangedAsync(picture, crisisOpened: entry.Event is CrisisOpened, cancellationToken);
        }
    }
}

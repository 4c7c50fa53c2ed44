using Krisenstab.Dashboard.Hubs;
using Krisenstab.Dashboard.Journal;
using Krisenstab.Dashboard.Pictures;
using Krisenstab.EventStore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Krisenstab.Dashboard.Board;

/// <summary>
/// Folds each entry of the accommodation journal into the live board and pushes the change to the hub. Like the
/// pictures, the board lives in memory: each start reads the journal from the beginning, then follows new appends.
/// Crisis-journal copies of accommodation events are left to the pictures, so each event counts once here.
/// </summary>
public sealed class AccommodationBoardProjection(
    [FromKeyedServices(DashboardModule.StoreName)] IEventStore store,
    DashboardJournal journal,
    LiveAccommodationBoard board,
    BoardNotifier notifier,
    TimeProvider time,
    ILogger<EventSubscription> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        new EventSubscription("accommodation-board", store, new InMemoryCheckpoint(), HandleAsync, timeProvider: time, logger: logger)
            .RunAsync(stoppingToken);

    private async Task HandleAsync(IReadOnlyList<RecordedEvent> batch, CancellationToken cancellationToken)
    {
        foreach (var recorded in batch)
        {
            if (JournalStreams.IsAccommodation(recorded.Stream)
                && journal.ToEntry(recorded) is { } entry
                && board.Apply(entry, recorded.GlobalPosition) is { } change)
            {
                await notifier.AccommodationChangedAsync(change, cancellationToken);
            }
        }
    }
}

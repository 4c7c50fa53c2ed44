using Krisenstab.Dashboard.Hubs;
using Krisenstab.Dashboard.Journal;
using Krisenstab.Dashboard.Pictures;
using Krisenstab.EventStore;

namespace Krisenstab.Dashboard.Board;

/// <summary>
/// Folds each entry of the accommodation journal into the live board and hands the change to the hub (never waiting for a client). Like the
/// pictures, the board lives in memory: each start reads the journal from the beginning, then follows new appends.
/// Crisis-journal copies of accommodation events are left to the pictures, so each event counts once here.
/// </summary>
public sealed class AccommodationBoardProjection(
    DashboardJournal journal,
    LiveAccommodationBoard board,
    BoardNotifier notifier)
{
    /// <summary>The projection's id: its subscription on the dashboard's store (checkpoint in memory).</summary>
    public const string Id = "accommodation-board";

    public Task HandleAsync(IReadOnlyList<RecordedEvent> batch, CancellationToken cancellationToken)
    {
        foreach (var recorded in batch)
        {
            if (JournalStreams.IsAccommodation(recorded.Stream)
                && journal.ToEntry(recorded) is { } entry
                && board.Apply(entry, recorded.GlobalPosition) is { } change)
            {
                notifier.AccommodationChanged(change);
            }
        }
        return Task.CompletedTask;
    }
}

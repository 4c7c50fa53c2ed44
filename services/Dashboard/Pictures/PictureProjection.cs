using Krisenstab.Contracts.Situation;
using Krisenstab.Dashboard.Hubs;
using Krisenstab.Dashboard.Journal;
using Krisenstab.EventStore;

namespace Krisenstab.Dashboard.Pictures;

/// <summary>
/// Folds each journal entry of the dashboard's store into the live pictures and hands the change to the hub (never waiting for a client).
/// The pictures live in memory, so the checkpoint does too: each start reads the journals from the beginning, then
/// follows new appends. Every dashboard replica runs its own, so each pushes to its own connected clients.
/// </summary>
public sealed class PictureProjection(
    DashboardJournal journal,
    SituationPictures pictures,
    PictureNotifier notifier)
{
    /// <summary>The projection's id: its subscription on the dashboard's store (checkpoint in memory).</summary>
    public const string Id = "situation-pictures";

    public Task HandleAsync(IReadOnlyList<RecordedEvent> batch, CancellationToken cancellationToken)
    {
        foreach (var recorded in batch)
        {
            if (JournalStreams.CrisisOf(recorded.Stream) is not { } crisisId
                || journal.ToEntry(recorded) is not { } entry
                || pictures.Apply(crisisId, entry, recorded.GlobalPosition) is not { } picture)
            {
                continue;
            }
            notifier.PictureChanged(picture, crisisOpened: entry.Event is CrisisOpened);
        }
        return Task.CompletedTask;
    }
}

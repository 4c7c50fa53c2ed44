using Krisenstab.Contracts.Situation;
using Krisenstab.Dashboard.Hubs;
using Krisenstab.Dashboard.Journal;
using Krisenstab.EventStore;

namespace Krisenstab.Dashboard.Pictures;

/// <summary>Folds each new journal entry of the dashboard's store into the live picture and pushes the change.</summary>
public sealed class PictureProjection(CrisisJournal journal, SituationPictures pictures, PictureNotifier notifier)
{
    public async Task HandleAsync(RecordedEvent recorded, CancellationToken cancellationToken)
    {
        if (CrisisJournal.CrisisOf(recorded.Stream) is not { } crisisId || journal.ToEntry(recorded) is not { } entry)
        {
            return;
        }
        var picture = pictures.Apply(crisisId, entry);
        await notifier.PictureChangedAsync(picture, crisisOpened: entry.Event is CrisisOpened, cancellationToken);
    }
}

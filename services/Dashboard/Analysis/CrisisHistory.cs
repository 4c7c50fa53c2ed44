using Krisenstab.Dashboard.Board;
using Krisenstab.Dashboard.Journal;
using Krisenstab.Dashboard.Pictures;

namespace Krisenstab.Dashboard.Analysis;

/// <summary>One step of a crisis's history: the entry (of the crisis journal or the accommodation journal) and the picture and board after it.</summary>
public sealed record HistoryStep(JournalEntry Entry, bool OfCrisis, SituationPicture Picture, AccommodationBoard Board)
{
    public DateTimeOffset At => Entry.Metadata.OccurredAt;
}

/// <summary>
/// A crisis's history for the analysis: its journal and the accommodation journal merged by when each entry occurred
/// (equal times: the crisis's first, then journal order) and folded step by step with the picture's own folds
/// (<see cref="SituationPicture.Apply"/>, <see cref="AccommodationBoard.Apply"/>). The folds give the same result in
/// any arrival order (the bus promises none), so the state after a step is the picture "as of" its time.
/// </summary>
public static class CrisisHistory
{
    public static IEnumerable<HistoryStep> Steps(Guid crisisId, IReadOnlyList<JournalEntry> crisis, IReadOnlyList<JournalEntry> accommodation, AccommodationBoard emptyBoard)
    {
        var merged = crisis.Select((entry, index) => (Entry: entry, OfCrisis: true, Index: index))
            .Concat(accommodation.Select((entry, index) => (Entry: entry, OfCrisis: false, Index: index)))
            .OrderBy(e => e.Entry.Metadata.OccurredAt)
            .ThenBy(e => e.OfCrisis ? 0 : 1)
            .ThenBy(e => e.Index);
        var (picture, board) = (SituationPicture.Empty(crisisId), emptyBoard);
        foreach (var (entry, ofCrisis, _) in merged)
        {
            if (ofCrisis)
            {
                picture = SituationPicture.Apply(picture, entry);
            }
            else
            {
                board = AccommodationBoard.Apply(board, entry);
            }
            yield return new HistoryStep(entry, ofCrisis, picture, board);
        }
    }
}

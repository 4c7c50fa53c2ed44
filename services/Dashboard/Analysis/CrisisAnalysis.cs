using Krisenstab.Dashboard.Board;
using Krisenstab.Dashboard.Journal;
using Krisenstab.Dashboard.Lessons;

namespace Krisenstab.Dashboard.Analysis;

/// <summary>Reads a crisis's two journals and gives its key figures over time and its timeline analysis.</summary>
public sealed class CrisisAnalysis(DashboardJournal journal, ILessonNotes lessons, DashboardSettings settings)
{
    /// <summary>The crisis's history step by step, or null when the dashboard has no journal of it.</summary>
    public async Task<IReadOnlyList<HistoryStep>?> HistoryAsync(Guid crisisId, CancellationToken cancellationToken)
    {
        var crisis = await journal.ReadAsync(JournalStreams.Crisis(crisisId), cancellationToken);
        if (crisis.Count == 0)
        {
            return null;
        }
        var accommodation = await journal.ReadAsync(JournalStreams.Accommodation, cancellationToken);
        return [.. CrisisHistory.Steps(crisisId, crisis, accommodation, EmptyBoard)];
    }

    public IReadOnlyList<KeyFigureRow> Figures(Guid crisisId, IReadOnlyList<HistoryStep> history, Period period) =>
        KeyFigures.Series(history, period, EmptyBoard, crisisId);

    public async Task<TimelineAnalysis> TimelineAsync(Guid crisisId, IReadOnlyList<HistoryStep> history, CancellationToken cancellationToken) =>
        TimelineAnalysis.Of(crisisId, history, Figures(crisisId, history, Period.Day), await lessons.ListAsync(crisisId, cancellationToken));

    private AccommodationBoard EmptyBoard => AccommodationBoard.Empty(settings);
}

using Krisenstab.Dashboard.Board;
using Krisenstab.Dashboard.Pictures;

namespace Krisenstab.Dashboard.Analysis;

/// <summary>
/// The key figures over time: a <see cref="KeyFigureRow"/> per hour or day from the period of the crisis's first entry
/// to the period of its end (its closing, or for an open crisis the latest entry of either journal), every period
/// present, a quiet one with the figures it began with.
/// </summary>
public static class KeyFigures
{
    public static IReadOnlyList<KeyFigureRow> Series(IReadOnlyList<HistoryStep> steps, Period period, AccommodationBoard emptyBoard, Guid crisisId)
    {
        var crisisSteps = steps.Where(s => s.OfCrisis).ToList();
        if (crisisSteps.Count == 0)
        {
            return [];
        }
        var last = steps[^1].Picture.ClosedAt ?? steps.Max(s => s.At);
        var rows = new List<KeyFigureRow>();
        var (picture, board) = (SituationPicture.Empty(crisisId), emptyBoard);
        var next = 0;
        // What happened before the crisis's first entry (facilities registered earlier) is the state it began with.
        for (; next < steps.Count && !steps[next].OfCrisis; next++)
        {
            (picture, board) = (steps[next].Picture, steps[next].Board);
        }
        for (var start = Periods.StartOf(crisisSteps[0].At, period); start <= last; start = Periods.Next(start, period))
        {
            var end = Periods.Next(start, period);
            var peak = KeyFigureRow.OccupancyOf(board);
            for (; next < steps.Count && steps[next].At < end; next++)
            {
                (picture, board) = (steps[next].Picture, steps[next].Board);
                peak = Max(peak, KeyFigureRow.OccupancyOf(board));
            }
            rows.Add(KeyFigureRow.Of(start, end, picture, board, peak));
        }
        return rows;
    }

    private static double? Max(double? a, double? b) => a is null ? b : b is null ? a : Math.Max(a.Value, b.Value);
}

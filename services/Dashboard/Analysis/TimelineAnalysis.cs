using Krisenstab.Dashboard.Lessons;

namespace Krisenstab.Dashboard.Analysis;

/// <summary>
/// The timeline analysis of a crisis (<c>GET /api/dashboard/crises/{id}/analysis</c>): how long people waited from
/// announcement to placement, the days on which the district's occupancy rose above <see cref="HighOccupancyPercent"/>,
/// the tasks that became overdue per unit, staff requested versus deployed per day, and the lessons-learned notes.
/// </summary>
public sealed record TimelineAnalysis(
    Guid CrisisId,
    string? Name,
    PlacementWait PlacementWait,
    IReadOnlyList<HighOccupancyDay> HighOccupancyDays,
    IReadOnlyList<UnitOverdue> OverdueByUnit,
    IReadOnlyList<StaffPoint> Staff,
    IReadOnlyList<LessonNote> Lessons)
{
    public const double HighOccupancyPercent = 90;

    public static TimelineAnalysis Of(Guid crisisId, IReadOnlyList<HistoryStep> steps, IReadOnlyList<KeyFigureRow> days, IReadOnlyList<LessonNote>? lessons = null)
    {
        var waits = new PlacementWaits();
        var overdue = new Dictionary<Guid, (string Unit, string UnitName)>();
        foreach (var step in steps)
        {
            waits.Add(step);
            foreach (var task in step.OfCrisis ? step.Picture.Tasks.OverdueTasks : [])
            {
                overdue.TryAdd(task.TaskId, (task.Unit, task.UnitName));
            }
        }
        var final = steps.Count > 0 ? steps[^1].Picture : null;
        var overdueAtEnd = final?.Tasks.OverdueTasks.Select(t => t.TaskId).ToHashSet() ?? [];
        return new TimelineAnalysis(
            crisisId,
            final?.Name,
            PlacementWait.Of(waits),
            [.. days.Where(d => d.PeakOccupancyPercent > HighOccupancyPercent).Select(d => new HighOccupancyDay(Periods.DayOf(d.PeriodStart), d.PeakOccupancyPercent!.Value, d.OccupancyPercent))],
            [.. overdue.GroupBy(t => t.Value.Unit, StringComparer.OrdinalIgnoreCase)
                .OrderBy(g => g.Key, StringComparer.OrdinalIgnoreCase)
                .Select(g => new UnitOverdue(g.Key, g.Last().Value.UnitName, g.Count(), g.Count(t => overdueAtEnd.Contains(t.Key))))],
            [.. days.Select(d => new StaffPoint(d.PeriodStart, d.StaffRequested, d.StaffDeployed))],
            lessons ?? []);
    }
}

/// <summary>A day whose highest district occupancy was above the mark, and the occupancy at its end.</summary>
public sealed record HighOccupancyDay(DateOnly Date, double PeakOccupancyPercent, double? EndOccupancyPercent);

/// <summary>A unit's tasks of the crisis that became overdue at some time, and how many of them still were at the end.</summary>
public sealed record UnitOverdue(string Unit, string UnitName, int Overdue, int OverdueAtEnd);

/// <summary>Staff requested and deployed at the end of a day.</summary>
public sealed record StaffPoint(DateTimeOffset PeriodStart, int Requested, int Deployed);

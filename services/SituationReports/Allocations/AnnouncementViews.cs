using Krisenstab.Contracts.Situation;

namespace Krisenstab.SituationReports.Allocations;

/// <summary>An announcement as the API shows it: announced, arrived, placed, and how it changed.</summary>
public sealed record AnnouncementView(
    Guid Id,
    Guid CrisisId,
    DateOnly ExpectedOn,
    ArrivalWindow? Window,
    int Announced,
    int? Households,
    IReadOnlyList<string> Languages,
    string Origin,
    bool Cancelled,
    int Arrived,
    int Placed,
    IReadOnlyList<AnnouncementVersion> History,
    IReadOnlyList<Arrival> Arrivals)
{
    public static AnnouncementView From(Announcement a, int placed) =>
        new(a.Id, a.CrisisId, a.Figures.ExpectedOn, a.Figures.Window, a.Figures.People, a.Figures.Households, a.Figures.Languages, a.Figures.Origin,
            a.IsCancelled, a.Arrived, placed, a.History, a.Arrivals);
}

/// <summary>The crisis's totals over its announcements that stand (cancelled ones count nothing announced).</summary>
public sealed record AllocationTotals(int Announced, int Arrived, int Placed, IReadOnlyList<AnnouncementView> Announcements);

/// <summary>One day of the calendar: announced (not cancelled) for that day, and arrived against those announcements.</summary>
public sealed record CalendarDay(DateOnly Date, int Announced, int Arrived, IReadOnlyList<AnnouncementView> Announcements);

public static class AllocationViews
{
    public const int CalendarDays = 7;

    public static AllocationTotals Totals(AllocationBoard board, Guid crisisId)
    {
        var views = board.Of(crisisId).Select(a => AnnouncementView.From(a, board.PlacedFor(a.Id))).ToList();
        return new AllocationTotals(views.Where(v => !v.Cancelled).Sum(v => v.Announced), views.Sum(v => v.Arrived), board.PlacedIn(crisisId), views);
    }

    /// <summary>Seven days from <paramref name="from"/>; arrivals count on the day they were announced for, so the plan and what came stand side by side.</summary>
    public static IReadOnlyList<CalendarDay> Calendar(AllocationBoard board, Guid crisisId, DateOnly from)
    {
        var announcements = board.Of(crisisId).Where(a => !a.IsCancelled).ToList();
        return [.. Enumerable.Range(0, CalendarDays).Select(offset =>
        {
            var day = from.AddDays(offset);
            var views = announcements.Where(a => a.Figures.ExpectedOn == day).Select(a => AnnouncementView.From(a, board.PlacedFor(a.Id))).ToList();
            return new CalendarDay(day, views.Sum(v => v.Announced), views.Sum(v => v.Arrived), views);
        })];
    }
}

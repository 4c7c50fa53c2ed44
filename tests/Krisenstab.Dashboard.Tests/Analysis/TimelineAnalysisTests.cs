using Krisenstab.Dashboard.Analysis;

namespace Krisenstab.Dashboard.Tests.Analysis;

public class TimelineAnalysisTests
{
    [Fact]
    public void The_daily_figures_are_the_picture_at_each_days_end_by_Berlin_days()
    {
        var rows = KeyFigures.Series(HandMadeCrisis.History(), Period.Day, Krisenstab.Dashboard.Board.AccommodationBoard.Empty(DashboardSettings.Default), HandMadeCrisis.Id);

        Assert.Equal(2, rows.Count);
        var (monday, tuesday) = (rows[0], rows[1]);
        Assert.Equal(new DateTimeOffset(2022, 3, 7, 0, 0, 0, TimeSpan.FromHours(1)), monday.PeriodStart);
        Assert.Equal(new DateTimeOffset(2022, 3, 8, 0, 0, 0, TimeSpan.FromHours(1)), monday.PeriodEnd);
        Assert.Equal((10, 4, 6, 40.0, 40.0), (monday.Capacity, monday.Occupied, monday.Free, monday.OccupancyPercent, monday.PeakOccupancyPercent));
        Assert.Equal((10, 0, 4, 3, 2, 3, 0), (monday.Announced, monday.Arrived, monday.Placed, monday.OpenTasks, monday.OverdueTasks, monday.StaffRequested, monday.StaffDeployed));
        Assert.Equal((10, 0, 100.0, 10, 2, 1, 3, 1), (tuesday.Occupied, tuesday.Free, tuesday.OccupancyPercent, tuesday.Placed, tuesday.OpenTasks, tuesday.OverdueTasks, tuesday.StaffRequested, tuesday.StaffDeployed));
    }

    [Fact]
    public void Hourly_figures_cover_every_hour_from_the_first_entry_to_the_closing()
    {
        var rows = KeyFigures.Series(HandMadeCrisis.History(), Period.Hour, Krisenstab.Dashboard.Board.AccommodationBoard.Empty(DashboardSettings.Default), HandMadeCrisis.Id);

        // 08:00 UTC on Monday (09:00 in Berlin) up to the closing at 20:00 UTC on Tuesday: 37 hours.
        Assert.Equal(37, rows.Count);
        Assert.Equal(new DateTimeOffset(2022, 3, 7, 9, 0, 0, TimeSpan.FromHours(1)), rows[0].PeriodStart);
        Assert.Equal(4, rows.Single(r => r.PeriodStart == HandMadeCrisis.Monday.AddHours(12)).Occupied);
        Assert.Equal(0, rows.Single(r => r.PeriodStart == HandMadeCrisis.Monday.AddHours(11)).Occupied);
    }

    [Fact]
    public void The_analysis_gives_the_wait_distribution_the_full_days_the_overdue_units_and_the_staff()
    {
        var history = HandMadeCrisis.History();
        var days = KeyFigures.Series(history, Period.Day, Krisenstab.Dashboard.Board.AccommodationBoard.Empty(DashboardSettings.Default), HandMadeCrisis.Id);

        var analysis = TimelineAnalysis.Of(HandMadeCrisis.Id, history, days);

        // Waits in hours, first in first out: 3,3,3,3 (first announcement, first household), 24,24 (its rest, second
        // household), 22,22,22 (second announcement, second household), 28 (third household).
        var wait = analysis.PlacementWait;
        Assert.Equal((10, 22.0, 24.0, 0, 0), (wait.Placed, wait.MedianHours, wait.P90Hours, wait.Unmatched, wait.Waiting));
        Assert.Equal([4, 3, 3, 0, 0], wait.Buckets.Select(b => b.People));
        var full = Assert.Single(analysis.HighOccupancyDays);
        Assert.Equal((new DateOnly(2022, 3, 8), 100.0, (double?)100.0), (full.Date, full.PeakOccupancyPercent, full.EndOccupancyPercent));
        Assert.Equal([("S1", "Personal", 1, 0), ("S4", "Versorgung", 1, 1)], analysis.OverdueByUnit.Select(u => (u.Unit, u.UnitName, u.Overdue, u.OverdueAtEnd)));
        Assert.Equal([(3, 0), (3, 1)], analysis.Staff.Select(s => (s.Requested, s.Deployed)));
    }

    [Fact]
    public void The_csv_files_hold_the_figures_with_a_header_line()
    {
        var history = HandMadeCrisis.History();
        var days = KeyFigures.Series(history, Period.Day, Krisenstab.Dashboard.Board.AccommodationBoard.Empty(DashboardSettings.Default), HandMadeCrisis.Id);

        var figures = AnalysisCsv.Figures(days).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
        var timeline = AnalysisCsv.Timeline(TimelineAnalysis.Of(HandMadeCrisis.Id, history, days)).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();

        Assert.Equal(string.Join(',', AnalysisCsv.FigureColumns), figures[0]);
        Assert.Equal("2022-03-08T00:00:00+01:00,2022-03-09T00:00:00+01:00,10,10,0,0,0,100,100,10,0,10,2,1,3,1", figures[2]);
        Assert.Contains("placement-wait,median-hours,,22,", timeline);
        Assert.Contains("placement-wait-bucket,under-6h,,4,", timeline);
        Assert.Contains("high-occupancy-day,2022-03-08,,100,100", timeline);
        Assert.Contains("overdue-by-unit,S4,Versorgung,1,1", timeline);
        Assert.Contains("staff,2022-03-08T00:00:00+01:00,,3,1", timeline);
    }
}

using System.Globalization;
using System.Text.Json;
using CsvHelper;

namespace Krisenstab.Dashboard.Analysis;

/// <summary>The key figures over time and the timeline analysis as RFC 4180 CSV (comma, invariant numbers, a header line).</summary>
public static class AnalysisCsv
{
    public static readonly string[] FigureColumns =
    [
        "periodStart", "periodEnd", "capacity", "occupied", "free", "reserved", "blocked", "occupancyPercent", "peakOccupancyPercent",
        "announced", "arrived", "placed", "openTasks", "overdueTasks", "staffRequested", "staffDeployed",
    ];

    public static readonly string[] AnalysisColumns = ["section", "key", "label", "value", "value2"];

    public static string Figures(IEnumerable<KeyFigureRow> rows) => Csv(FigureColumns, rows.Select(r => new[]
    {
        Time(r.PeriodStart), Time(r.PeriodEnd), Number(r.Capacity), Number(r.Occupied), Number(r.Free), Number(r.Reserved), Number(r.Blocked),
        Number(r.OccupancyPercent), Number(r.PeakOccupancyPercent), Number(r.Announced), Number(r.Arrived), Number(r.Placed),
        Number(r.OpenTasks), Number(r.OverdueTasks), Number(r.StaffRequested), Number(r.StaffDeployed),
    }));

    /// <summary>One line per figure: <c>section</c> says which part of the analysis, <c>key</c> which figure of it.</summary>
    public static string Timeline(TimelineAnalysis analysis)
    {
        var wait = analysis.PlacementWait;
        IEnumerable<string[]> lines =
        [
            ["placement-wait", "placed", "", Number(wait.Placed), ""],
            ["placement-wait", "median-hours", "", Number(wait.MedianHours), ""],
            ["placement-wait", "p90-hours", "", Number(wait.P90Hours), ""],
            ["placement-wait", "unmatched", "", Number(wait.Unmatched), ""],
            ["placement-wait", "waiting", "", Number(wait.Waiting), ""],
            .. wait.Buckets.Select(b => new[] { "placement-wait-bucket", b.Bucket, "", Number(b.People), "" }),
            .. analysis.HighOccupancyDays.Select(d => new[]
                { "high-occupancy-day", d.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "", Number(d.PeakOccupancyPercent), Number(d.EndOccupancyPercent) }),
            .. analysis.OverdueByUnit.Select(u => new[] { "overdue-by-unit", u.Unit, u.UnitName, Number(u.Overdue), Number(u.OverdueAtEnd) }),
            .. analysis.Staff.Select(s => new[] { "staff", Time(s.PeriodStart), "", Number(s.Requested), Number(s.Deployed) }),
            .. analysis.Lessons.Select(l => new[] { "lesson", Time(l.Moment), JsonNamingPolicy.KebabCaseLower.ConvertName(l.Category.ToString()), l.Text, l.Author ?? "" }),
        ];
        return Csv(AnalysisColumns, lines);
    }

    private static string Csv(string[] header, IEnumerable<string[]> lines)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        // A unit name beginning with = + - @ is escaped, so a spreadsheet never runs it as a formula.
        using (var csv = CsvWriter.Create(text, new CsvWriterOptions { Injection = CsvInjection.Escape }, true))
        {
            csv.WriteHeader(header);
            foreach (var line in lines)
            {
                csv.WriteRecord(line);
            }
            csv.Flush();
        }
        return text.ToString();
    }

    private static string Time(DateTimeOffset at) => at.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Number(double? value) => value?.ToString("0.#", CultureInfo.InvariantCulture) ?? "";
}

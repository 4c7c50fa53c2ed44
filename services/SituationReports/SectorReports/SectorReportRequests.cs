using Krisenstab.Contracts.Situation;

namespace Krisenstab.SituationReports.SectorReports;

/// <summary>The body of <c>POST …/reports</c> and <c>POST …/reports/{id}/corrections</c>.</summary>
public sealed record SectorReportRequest(
    Sector? Sector, string? Function, string? Department, DateTimeOffset? AsOf, TrafficLight? Status, IReadOnlyList<KeyFigure?>? Figures, string? Text)
{
    public FileSectorReport ToCommand(Guid crisisId, Guid reportId, Guid? corrects) =>
        new(crisisId, reportId, Sector, Function, Department, AsOf, Status, Figures, Text, corrects);
}

/// <summary>A report as read back: the filed report, and which report corrects it (if any).</summary>
public sealed record SectorReportView(SectorReportFiled Report, Guid? CorrectedBy)
{
    public static SectorReportView From(SectorReportSet reports, SectorReportFiled report) => new(report, reports.CorrectedBy.GetValueOrDefault(report.ReportId) is var by && by != Guid.Empty ? by : null);
}

/// <summary>One sector at a glance: its latest standing report (none yet: null), its traffic light, and whether that report is overdue.</summary>
public sealed record SectorStatus(Sector Sector, TrafficLight? Status, bool Overdue, SectorReportFiled? Latest);

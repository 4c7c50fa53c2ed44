namespace Krisenstab.Contracts.Situation;

/// <summary>
/// A department's report on one sector as of <see cref="AsOf"/> (Fachlagebericht). Reports are never edited: a
/// correction is a new report whose <see cref="Corrects"/> names the one it corrects, and both stay readable. The picture
/// shows per sector the latest report standing (not corrected) and flags it overdue when <see cref="AsOf"/> is too old.
/// <see cref="Function"/> is the reporting staff function's code, <see cref="FunctionName"/> its German name.
/// <see cref="OverdueAt"/> is when the report counts as overdue unless a newer one comes: <see cref="AsOf"/> plus the
/// age configured when it was filed (null in events from before that field).
/// </summary>
[EventName("situation.sector-report-filed.v1")]
public sealed record SectorReportFiled(
    Guid CrisisId,
    Guid ReportId,
    Sector Sector,
    string Function,
    string FunctionName,
    string? Department,
    DateTimeOffset AsOf,
    TrafficLight Status,
    IReadOnlyList<KeyFigure> Figures,
    string Text,
    Guid? Corrects,
    DateTimeOffset FiledAt,
    DateTimeOffset? OverdueAt = null);

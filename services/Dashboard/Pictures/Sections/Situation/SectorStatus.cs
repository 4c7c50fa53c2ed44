using Krisenstab.Contracts.Situation;

namespace Krisenstab.Dashboard.Pictures.Sections.Situation;

/// <summary>
/// A sector's latest standing report (not corrected, latest as-of time): its traffic light, when it was as of, and
/// from when it counts as overdue (<see cref="OverdueAt"/>, decided by the situation service when it was filed; the
/// reader compares it with its clock, so the flag turns on without a push).
/// </summary>
public sealed record SectorStatus(
    Sector Sector,
    Guid ReportId,
    TrafficLight Status,
    DateTimeOffset AsOf,
    DateTimeOffset? OverdueAt,
    string Function,
    string FunctionName,
    string? Department,
    Guid? Corrects,
    DateTimeOffset FiledAt)
{
    public static SectorStatus Of(SectorReportFiled r) =>
        new(r.Sector, r.ReportId, r.Status, r.AsOf, r.OverdueAt, r.Function, r.FunctionName, r.Department, r.Corrects, r.FiledAt);

    /// <summary>Whether the report is overdue at <paramref name="now"/>.</summary>
    public bool IsOverdueAt(DateTimeOffset now) => OverdueAt is { } due && now > due;
}

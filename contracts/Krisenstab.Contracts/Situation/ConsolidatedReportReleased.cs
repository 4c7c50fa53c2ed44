namespace Krisenstab.Contracts.Situation;

/// <summary>The head of staff released the report — never one of its authors (four eyes); it can no longer be edited.</summary>
[EventName("situation.consolidated-report-released.v1")]
public sealed record ConsolidatedReportReleased(Guid CrisisId, Guid ReportId, string ReleasedBy, DateTimeOffset ReleasedAt);

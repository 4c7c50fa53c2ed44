namespace Krisenstab.Contracts.Situation;

/// <summary>A consolidated situation report (Lagemeldung) was drafted from the latest sector reports (<see cref="SectorReportIds"/>) by <see cref="DraftedBy"/>.</summary>
[EventName("situation.consolidated-report-drafted.v1")]
public sealed record ConsolidatedReportDrafted(
    Guid CrisisId, Guid ReportId, ReportBlocks Blocks, IReadOnlyList<Guid> SectorReportIds, string DraftedBy, DateTimeOffset DraftedAt);

namespace Krisenstab.Contracts.Situation;

/// <summary>The draft's blocks as they stand after an edit by <see cref="EditedBy"/> (an author too: the four-eyes rule counts them).</summary>
[EventName("situation.consolidated-report-edited.v1")]
public sealed record ConsolidatedReportEdited(Guid CrisisId, Guid ReportId, ReportBlocks Blocks, string EditedBy, DateTimeOffset EditedAt);

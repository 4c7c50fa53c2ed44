namespace Krisenstab.Contracts.Situation;

/// <summary>The released report went to <see cref="Recipient"/> (district or state) as number <see cref="Number"/> of its crisis, with its whole content.</summary>
[EventName("situation.consolidated-report-sent.v1")]
public sealed record ConsolidatedReportSent(
    Guid CrisisId, Guid ReportId, int Number, string Recipient, ReportBlocks Blocks, string ReleasedBy, DateTimeOffset SentAt);

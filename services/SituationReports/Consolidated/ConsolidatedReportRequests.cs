using Krisenstab.Contracts.Situation;

namespace Krisenstab.SituationReports.Consolidated;

public sealed record EditReportRequest(string? Overview, string? OutsideSituation, string? OwnSituation, string? Forecast)
{
    public BlocksInput Blocks => new(Overview, OutsideSituation, OwnSituation, Forecast);
}

public sealed record SendReportRequest(string? Recipient);

/// <summary>A situation report as structured JSON: its blocks, authors, release and — once sent — its running number.</summary>
public sealed record ConsolidatedReportView(
    Guid Id, Guid CrisisId, int? Number, ReportBlocks Blocks, IReadOnlyList<Guid> SectorReportIds, IReadOnlyList<string> Authors, DateTimeOffset DraftedAt,
    string? ReleasedBy, DateTimeOffset? ReleasedAt, string? Recipient, DateTimeOffset? SentAt)
{
    public static ConsolidatedReportView From(Guid crisisId, ConsolidatedReport r) =>
        new(r.Id, crisisId, r.Number, r.Blocks, r.SectorReportIds, r.Authors, r.DraftedAt, r.ReleasedBy, r.ReleasedAt, r.Recipient, r.SentAt);
}

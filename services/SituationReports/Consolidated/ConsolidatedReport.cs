using System.Collections.Immutable;
using Krisenstab.Contracts.Situation;

namespace Krisenstab.SituationReports.Consolidated;

/// <summary>One consolidated situation report (Lagemeldung): its blocks, its authors, its release and its sending.</summary>
public sealed record ConsolidatedReport(
    Guid Id,
    ReportBlocks Blocks,
    ImmutableArray<Guid> SectorReportIds,
    ImmutableArray<string> Authors,
    DateTimeOffset DraftedAt,
    string? ReleasedBy = null,
    DateTimeOffset? ReleasedAt = null,
    int? Number = null,
    string? Recipient = null,
    DateTimeOffset? SentAt = null)
{
    public bool IsReleased => ReleasedBy is not null;
    public bool IsSent => Number is not null;
}

/// <summary>
/// The consolidated reports of one crisis as its stream <c>consolidated-reports-{crisisId}</c> tells them. One stream per
/// crisis, so the running number of a sent report is decided inside one stream and never given twice.
/// </summary>
public sealed record ConsolidatedReports
{
    public static ConsolidatedReports None { get; } = new();

    public ImmutableDictionary<Guid, ConsolidatedReport> Reports { get; init; } = ImmutableDictionary<Guid, ConsolidatedReport>.Empty;

    public int Sent => Reports.Values.Count(r => r.IsSent);

    public ConsolidatedReports Apply(object @event) => @event switch
    {
        ConsolidatedReportDrafted e => With(new ConsolidatedReport(e.ReportId, e.Blocks, [.. e.SectorReportIds], [e.DraftedBy], e.DraftedAt)),
        ConsolidatedReportEdited e when Reports.TryGetValue(e.ReportId, out var r) =>
            With(r with { Blocks = e.Blocks, Authors = r.Authors.Contains(e.EditedBy) ? r.Authors : r.Authors.Add(e.EditedBy) }),
        ConsolidatedReportReleased e when Reports.TryGetValue(e.ReportId, out var r) => With(r with { ReleasedBy = e.ReleasedBy, ReleasedAt = e.ReleasedAt }),
        ConsolidatedReportSent e when Reports.TryGetValue(e.ReportId, out var r) => With(r with { Number = e.Number, Recipient = e.Recipient, SentAt = e.SentAt }),
        _ => this,
    };

    private ConsolidatedReports With(ConsolidatedReport report) => this with { Reports = Reports.SetItem(report.Id, report) };
}

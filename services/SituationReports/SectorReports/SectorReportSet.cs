using System.Collections.Immutable;
using Krisenstab.Contracts.Situation;

namespace Krisenstab.SituationReports.SectorReports;

/// <summary>
/// Every sector report of one crisis as its stream <c>sector-reports-{crisisId}</c> tells it. One stream per crisis, so
/// "a correction names a report that exists and is not yet corrected" is decided inside one stream.
/// </summary>
public sealed record SectorReportSet
{
    public static SectorReportSet None { get; } = new();

    public ImmutableDictionary<Guid, SectorReportFiled> Reports { get; init; } = ImmutableDictionary<Guid, SectorReportFiled>.Empty;

    /// <summary>Report id → the id of the report that corrects it.</summary>
    public ImmutableDictionary<Guid, Guid> CorrectedBy { get; init; } = ImmutableDictionary<Guid, Guid>.Empty;

    public SectorReportSet Apply(object @event) => @event switch
    {
        SectorReportFiled filed => this with
        {
            Reports = Reports.SetItem(filed.ReportId, filed),
            CorrectedBy = filed.Corrects is { } corrected ? CorrectedBy.SetItem(corrected, filed.ReportId) : CorrectedBy,
        },
        _ => this,
    };

    /// <summary>The reports that stand (not corrected), newest as-of first.</summary>
    public IEnumerable<SectorReportFiled> Standing =>
        Reports.Values.Where(r => !CorrectedBy.ContainsKey(r.ReportId)).OrderByDescending(r => r.AsOf).ThenByDescending(r => r.FiledAt);

    /// <summary>Per sector the standing report with the latest as-of time.</summary>
    public IReadOnlyDictionary<Sector, SectorReportFiled> LatestPerSector() =>
        Standing.GroupBy(r => r.Sector).ToDictionary(g => g.Key, g => g.First());
}

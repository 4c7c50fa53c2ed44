using Krisenstab.Contracts.Situation;
using Krisenstab.EventStore;
using Krisenstab.ServiceDefaults;
using Krisenstab.ServiceDefaults.Commands;
using Krisenstab.SituationReports.Common;
using Krisenstab.SituationReports.Staff;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Krisenstab.SituationReports.SectorReports;

/// <summary>Sector reports of a crisis, their corrections, and per sector the latest with its traffic light.</summary>
public static class SectorReportEndpoints
{
    public const string Category = "sector-reports";

    public static void MapSectorReportEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/crises/{id:guid}/reports", FileAsync).RequireChangeRole();
        api.MapPost("/crises/{id:guid}/reports/{reportId:guid}/corrections", CorrectAsync).RequireChangeRole();
        api.MapGet("/crises/{id:guid}/reports", ListAsync).RequireReadRole();
        api.MapGet("/crises/{id:guid}/reports/{reportId:guid}", GetAsync).RequireReadRole();
        api.MapGet("/crises/{id:guid}/sectors", SectorsAsync).RequireReadRole();
    }

    private static Task<Results<Created<CreatedId>, ProblemHttpResult>> FileAsync(
        Guid id, SectorReportRequest request, HttpContext http, CrisisGate gate, CommandRunner<SectorReportSet> reports, StaffFunctions functions, SituationSettings settings, TimeProvider time, CancellationToken cancellationToken) =>
        FileOrCorrectAsync(id, null, request, http, gate, reports, (functions, settings), time, cancellationToken);

    /// <summary>A correction is a new report naming <paramref name="reportId"/>; 404 when the crisis has no such report.</summary>
    private static Task<Results<Created<CreatedId>, ProblemHttpResult>> CorrectAsync(
        Guid id, Guid reportId, SectorReportRequest request, HttpContext http, CrisisGate gate, CommandRunner<SectorReportSet> reports, StaffFunctions functions, SituationSettings settings, TimeProvider time, CancellationToken cancellationToken) =>
        FileOrCorrectAsync(id, reportId, request, http, gate, reports, (functions, settings), time, cancellationToken);

    private static Task<Results<Created<CreatedId>, ProblemHttpResult>> FileOrCorrectAsync(
        Guid id, Guid? corrects, SectorReportRequest request, HttpContext http, CrisisGate gate, CommandRunner<SectorReportSet> reports, (StaffFunctions Functions, SituationSettings Settings) configured, TimeProvider time, CancellationToken cancellationToken)
    {
        var reportId = Guid.CreateVersion7(time.GetUtcNow());
        return reports.CreateAsync(
            gate, id, reportId, reports.Store.StreamOf(id),
            (state, now) => SectorReportCommands.File(state, request.ToCommand(id, reportId, corrects), configured.Functions, now, configured.Settings.ReportOverdueAfter),
            $"/api/situation/crises/{id}/reports/{reportId}", http, time, cancellationToken);
    }

    private static async Task<Ok<IReadOnlyList<SectorReportView>>> ListAsync(Guid id, AggregateStore<SectorReportSet> reports, CancellationToken cancellationToken)
    {
        var state = (await reports.LoadAsync(id, cancellationToken)).State;
        return TypedResults.Ok<IReadOnlyList<SectorReportView>>([.. state.Reports.Values.OrderBy(r => r.FiledAt).Select(r => SectorReportView.From(state, r))]);
    }

    private static async Task<Results<Ok<SectorReportView>, ProblemHttpResult>> GetAsync(
        Guid id, Guid reportId, AggregateStore<SectorReportSet> reports, CancellationToken cancellationToken)
    {
        var state = (await reports.LoadAsync(id, cancellationToken)).State;
        return Answers.Found(
            state.Reports.TryGetValue(reportId, out var report) ? SectorReportView.From(state, report) : null,
            () => SectorReportCommands.NotFound(id, reportId));
    }

    /// <summary>Every sector, in order, with its latest standing report; overdue when its as-of time is older than <c>ReportOverdueAfter</c>.</summary>
    private static async Task<Ok<IReadOnlyList<SectorStatus>>> SectorsAsync(
        Guid id, AggregateStore<SectorReportSet> reports, SituationSettings settings, TimeProvider time, CancellationToken cancellationToken)
    {
        var latest = (await reports.LoadAsync(id, cancellationToken)).State.LatestPerSector();
        var now = time.GetUtcNow();
        return TypedResults.Ok<IReadOnlyList<SectorStatus>>([.. Enum.GetValues<Sector>().Select(sector =>
            latest.TryGetValue(sector, out var report)
                ? new SectorStatus(sector, report.Status, now - report.AsOf > settings.ReportOverdueAfter, report)
                : new SectorStatus(sector, null, false, null))]);
    }
}

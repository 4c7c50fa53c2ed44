using Krisenstab.Documents;
using Krisenstab.EventStore;
using Krisenstab.ServiceDefaults;
using Krisenstab.ServiceDefaults.Commands;
using Krisenstab.SituationReports.Allocations;
using Krisenstab.SituationReports.Common;
using Krisenstab.SituationReports.Crises;
using Krisenstab.SituationReports.SectorReports;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Krisenstab.SituationReports.Consolidated;

/// <summary>The consolidated situation report (Lagemeldung): draft, edit, release (head of staff, four eyes), send, export as JSON and PDF.</summary>
public static class ConsolidatedReportEndpoints
{
    public const string Category = "consolidated-reports";

    public static void MapConsolidatedReportEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/crises/{id:guid}/consolidated-reports", DraftAsync).RequireChangeRole();
        api.MapPut("/crises/{id:guid}/consolidated-reports/{reportId:guid}", EditAsync).RequireChangeRole();
        api.MapPost("/crises/{id:guid}/consolidated-reports/{reportId:guid}/release", ReleaseAsync).RequireHeadRole();
        api.MapPost("/crises/{id:guid}/consolidated-reports/{reportId:guid}/send", SendAsync).RequireChangeRole();
        api.MapGet("/crises/{id:guid}/consolidated-reports", ListAsync).RequireReadRole();
        api.MapGet("/crises/{id:guid}/consolidated-reports/{reportId:guid}", GetAsync).RequireReadRole();
        api.MapGet("/crises/{id:guid}/consolidated-reports/{reportId:guid}/pdf", PdfAsync).RequireReadRole();
    }

    /// <summary>Drafts the four blocks from the latest standing report per sector and the allocations of the next seven days.</summary>
    private static async Task<Results<Created<CreatedId>, ProblemHttpResult>> DraftAsync(
        Guid id, HttpContext http, CrisisGate gate, AggregateStore<Crisis?> crises, AggregateStore<SectorReportSet> sectorReports, AllocationBoard allocations,
        CommandRunner<ConsolidatedReports> reports, SituationSettings settings, TimeProvider time, CancellationToken cancellationToken)
    {
        var reportId = Guid.CreateVersion7(time.GetUtcNow());
        var crisis = (await crises.LoadAsync(id, cancellationToken)).State;
        var latest = (await sectorReports.LoadAsync(id, cancellationToken)).State.LatestPerSector();
        var now = time.GetUtcNow();
        var blocks = crisis is null ? null : ReportDrafting.Draft(
            new DraftSources(crisis, latest, settings.ReportOverdueAfter, AllocationViews.Totals(allocations, id),
                AllocationViews.Calendar(allocations, id, DateOnly.FromDateTime(now.UtcDateTime))), now);
        var author = CommandMetadata.For(http, time).ActorId;
        return await reports.CreateAsync(
            gate, id, reportId, reports.Store.StreamOf(id),
            (state, at) => ConsolidatedReportCommands.Draft(state, new DraftReport(id, reportId, blocks!, [.. latest.Values.Select(r => r.ReportId)], author), at),
            Location(id, reportId), http, time, cancellationToken);
    }

    private static Task<Results<Ok<ConsolidatedReportView>, ProblemHttpResult>> EditAsync(
        Guid id, Guid reportId, EditReportRequest request, HttpContext http, CommandRunner<ConsolidatedReports> reports, TimeProvider time, CancellationToken cancellationToken) =>
        RunAsync(id, reportId, reports, (state, now) => ConsolidatedReportCommands.Edit(state, id, new EditReport(reportId, request.Blocks, ActorOf(http, time)), now), http, time, cancellationToken);

    private static Task<Results<Ok<ConsolidatedReportView>, ProblemHttpResult>> ReleaseAsync(
        Guid id, Guid reportId, HttpContext http, CommandRunner<ConsolidatedReports> reports, TimeProvider time, CancellationToken cancellationToken) =>
        RunAsync(id, reportId, reports, (state, now) => ConsolidatedReportCommands.Release(state, id, new ReleaseReport(reportId, ActorOf(http, time)), now), http, time, cancellationToken);

    private static Task<Results<Ok<ConsolidatedReportView>, ProblemHttpResult>> SendAsync(
        Guid id, Guid reportId, SendReportRequest request, HttpContext http, CommandRunner<ConsolidatedReports> reports, TimeProvider time, CancellationToken cancellationToken) =>
        RunAsync(id, reportId, reports, (state, now) => ConsolidatedReportCommands.Send(state, id, new SendReport(reportId, request.Recipient), now), http, time, cancellationToken);

    private static async Task<Ok<IReadOnlyList<ConsolidatedReportView>>> ListAsync(Guid id, AggregateStore<ConsolidatedReports> reports, CancellationToken cancellationToken) =>
        TypedResults.Ok<IReadOnlyList<ConsolidatedReportView>>(
            [.. (await reports.LoadAsync(id, cancellationToken)).State.Reports.Values.OrderBy(r => r.DraftedAt).Select(r => ConsolidatedReportView.From(id, r))]);

    /// <summary>The structured JSON export.</summary>
    private static async Task<Results<Ok<ConsolidatedReportView>, ProblemHttpResult>> GetAsync(
        Guid id, Guid reportId, AggregateStore<ConsolidatedReports> reports, CancellationToken cancellationToken) =>
        Answers.Found(
            (await reports.LoadAsync(id, cancellationToken)).State.Reports.GetValueOrDefault(reportId) is { } report ? ConsolidatedReportView.From(id, report) : null,
            () => ConsolidatedReportCommands.NotFound(id, reportId));

    /// <summary>The PDF export of a sent report (it carries the running number); 409 before it is sent.</summary>
    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> PdfAsync(
        Guid id, Guid reportId, AggregateStore<Crisis?> crises, AggregateStore<ConsolidatedReports> reports, DocumentFonts fonts, CancellationToken cancellationToken)
    {
        if ((await reports.LoadAsync(id, cancellationToken)).State.Reports.GetValueOrDefault(reportId) is not { } report)
        {
            return ConsolidatedReportCommands.NotFound(id, reportId).ToProblem();
        }
        if (!report.IsSent)
        {
            return DomainError.Conflict("report-not-sent", $"Report {reportId} has no running number until it is sent.").ToProblem();
        }
        var crisis = (await crises.LoadAsync(id, cancellationToken)).State!;
        return TypedResults.File(ReportPdf.Render(crisis.Name, report, fonts), ReportPdf.ContentType, $"lagemeldung-{report.Number}.pdf");
    }

    private static async Task<Results<Ok<ConsolidatedReportView>, ProblemHttpResult>> RunAsync(
        Guid crisisId, Guid reportId, CommandRunner<ConsolidatedReports> reports, CommandRunner<ConsolidatedReports>.Decide decide,
        HttpContext http, TimeProvider time, CancellationToken cancellationToken) =>
        Answers.Ok(
            await reports.RunAsync(reports.Store.StreamOf(crisisId), decide, CommandMetadata.For(http, time, crisisId), cancellationToken),
            state => ConsolidatedReportView.From(crisisId, state.Reports[reportId]));

    private static string? ActorOf(HttpContext http, TimeProvider time) => CommandMetadata.For(http, time).ActorId;

    private static string Location(Guid crisisId, Guid reportId) => $"/api/situation/crises/{crisisId}/consolidated-reports/{reportId}";
}

using Krisenstab.ServiceDefaults;
using Krisenstab.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Krisenstab.Dashboard.Analysis;

/// <summary>
/// (analyst, head, admin) <c>GET /api/dashboard/crises/{id}/figures.csv?per=hour|day</c>: the key figures over time;
/// <c>GET …/analysis</c> and <c>…/analysis.csv</c>: the timeline analysis.
/// </summary>
public static class AnalysisApi
{
    public const string CsvType = "text/csv; charset=utf-8";

    public static void MapAnalysis(this RouteGroupBuilder api)
    {
        api.MapGet("/crises/{id:guid}/figures.csv", FiguresAsync).RequireRoles(AnalysisRoles.AnalystOrHigher);
        api.MapGet("/crises/{id:guid}/analysis", AnalysisAsync).RequireRoles(AnalysisRoles.AnalystOrHigher);
        api.MapGet("/crises/{id:guid}/analysis.csv", AnalysisCsvAsync).RequireRoles(AnalysisRoles.AnalystOrHigher);
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> FiguresAsync(
        Guid id, string? per, CrisisAnalysis analysis, CancellationToken cancellationToken)
    {
        var (period, error) = Periods.Read(per);
        if (error is not null)
        {
            return error.ToProblem();
        }
        return await analysis.HistoryAsync(id, cancellationToken) is { } history
            ? TypedResults.Text(AnalysisCsv.Figures(analysis.Figures(id, history, period)), CsvType)
            : NoCrisis(id);
    }

    private static async Task<Results<Ok<TimelineAnalysis>, ProblemHttpResult>> AnalysisAsync(Guid id, CrisisAnalysis analysis, CancellationToken cancellationToken) =>
        await analysis.HistoryAsync(id, cancellationToken) is { } history ? TypedResults.Ok(await analysis.TimelineAsync(id, history, cancellationToken)) : NoCrisis(id);

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> AnalysisCsvAsync(Guid id, CrisisAnalysis analysis, CancellationToken cancellationToken) =>
        await analysis.HistoryAsync(id, cancellationToken) is { } history
            ? TypedResults.Text(AnalysisCsv.Timeline(await analysis.TimelineAsync(id, history, cancellationToken)), CsvType)
            : NoCrisis(id);

    private static ProblemHttpResult NoCrisis(Guid id) =>
        DomainError.NotFound("crisis", $"The dashboard knows nothing of crisis {id} (yet).").ToProblem();
}

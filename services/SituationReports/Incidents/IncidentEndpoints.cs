using Krisenstab.EventStore;
using Krisenstab.ServiceDefaults;
using Krisenstab.ServiceDefaults.Commands;
using Krisenstab.SituationReports.Common;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Krisenstab.SituationReports.Incidents;

/// <summary>Incidents (Vorkommnisse): counts for every role; the confidential text only for heads and admins.</summary>
public static class IncidentEndpoints
{
    public const string Category = "incident";

    public static void MapIncidentEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/crises/{id:guid}/incidents", ReportAsync).RequireChangeRole();
        api.MapPut("/crises/{id:guid}/incidents/{incidentId:guid}", UpdateAsync).RequireChangeRole();
        api.MapPost("/crises/{id:guid}/incidents/{incidentId:guid}/close", CloseAsync).RequireChangeRole();
        api.MapGet("/crises/{id:guid}/incidents", Counts).RequireReadRole();
        api.MapGet("/crises/{id:guid}/incidents/summaries", Summaries).RequireReadRole();
        api.MapGet("/crises/{id:guid}/incidents/details", DetailsAsync).RequireHeadRole();
    }

    /// <summary>The text is checked as plain text, sealed with the incident's key, and only then decided on and stored.</summary>
    private static async Task<Results<Created<CreatedId>, ProblemHttpResult>> ReportAsync(
        Guid id, ReportIncidentRequest request, HttpContext http, CrisisGate gate, CommandRunner<Incident> incidents, IncidentText texts, TimeProvider time, CancellationToken cancellationToken)
    {
        // Refused before sealing, so that no key is made for a text that is never stored.
        if ((IncidentCommands.CheckReport(request.Input, time.GetUtcNow()) ?? await gate.MustBeOpenAsync(id, cancellationToken)) is { } refused)
        {
            return refused.ToProblem();
        }
        var incidentId = Guid.CreateVersion7(time.GetUtcNow());
        var sealedText = await texts.SealAsync(incidentId, request.Text!, cancellationToken);
        return await incidents.CreateAsync(
            gate, id, incidentId, incidents.Store.StreamOf(incidentId),
            (state, now) => IncidentCommands.Report(state, new ReportIncident(id, incidentId, request.Input, sealedText), now),
            $"/api/situation/crises/{id}/incidents/{incidentId}", http, time, cancellationToken);
    }

    private static async Task<Results<Ok<IncidentSummary>, ProblemHttpResult>> UpdateAsync(
        Guid id, Guid incidentId, UpdateIncidentRequest request, HttpContext http, CommandRunner<Incident> incidents, IncidentText texts, TimeProvider time, CancellationToken cancellationToken)
    {
        if (IncidentCommands.CheckText(request.Text) is { } invalid)
        {
            return invalid.ToProblem();
        }
        if (!Belongs((await incidents.Store.LoadAsync(incidentId, cancellationToken)).State, id))
        {
            return IncidentCommands.NotFound(id, incidentId).ToProblem();
        }
        var sealedText = request.Text is null ? null : await texts.SealAsync(incidentId, request.Text, cancellationToken);
        return Answers.Ok(
            await RunAsync(incidents, id, incidentId, (state, now) => IncidentCommands.Update(state, new UpdateIncident(request.Category, request.Severity, sealedText), now), http, time, cancellationToken),
            IncidentSummary.From);
    }

    private static async Task<Results<Ok<IncidentSummary>, ProblemHttpResult>> CloseAsync(
        Guid id, Guid incidentId, HttpContext http, CommandRunner<Incident> incidents, TimeProvider time, CancellationToken cancellationToken) =>
        Answers.Ok(await RunAsync(incidents, id, incidentId, IncidentCommands.Close, http, time, cancellationToken), IncidentSummary.From);

    private static Ok<IncidentCounts> Counts(Guid id, IncidentBoard board) => TypedResults.Ok(IncidentCounts.Of(board.Of(id)));

    /// <summary>Every incident without its text, so that anyone who may change one can find it to update or close it.</summary>
    private static Ok<IReadOnlyList<IncidentSummary>> Summaries(Guid id, IncidentBoard board) =>
        TypedResults.Ok<IReadOnlyList<IncidentSummary>>([.. board.Of(id).Select(IncidentSummary.From)]);

    private static async Task<Ok<IReadOnlyList<IncidentDetails>>> DetailsAsync(Guid id, IncidentBoard board, IncidentText texts, CancellationToken cancellationToken)
    {
        var incidents = board.Of(id);
        var revealed = await texts.RevealAsync([.. incidents.Select(i => i.Text)], cancellationToken);
        return TypedResults.Ok<IReadOnlyList<IncidentDetails>>([.. incidents.Select((i, n) => new IncidentDetails(IncidentSummary.From(i), revealed[n] ?? ""))]);
    }

    private static Task<CommandResult<Incident>> RunAsync(
        CommandRunner<Incident> incidents, Guid crisisId, Guid incidentId, CommandRunner<Incident>.Decide decide, HttpContext http, TimeProvider time, CancellationToken cancellationToken) =>
        incidents.ChangeAsync(
            crisisId, incidentId, state => Belongs(state, crisisId), () => IncidentCommands.NotFound(crisisId, incidentId), decide, http, time, cancellationToken);

    private static bool Belongs(Incident incident, Guid crisisId) => incident.Exists && incident.CrisisId == crisisId;
}

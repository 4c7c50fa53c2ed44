using Krisenstab.EventStore;
using Krisenstab.ServiceDefaults;
using Krisenstab.ServiceDefaults.Auth;
using Krisenstab.ServiceDefaults.Commands;
using Krisenstab.SituationReports.Allocations;
using Krisenstab.SituationReports.Consolidated;
using Krisenstab.SituationReports.Crises;
using Krisenstab.ServiceDefaults.PersonalData;
using Krisenstab.SituationReports.Incidents;
using Krisenstab.SituationReports.Meetings;
using Krisenstab.SituationReports.Queries;
using Krisenstab.SituationReports.SectorReports;
using Krisenstab.SituationReports.Staff;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Krisenstab.SituationReports;

/// <summary>The Situation service's HTTP API under <c>/api/situation</c>.</summary>
public static class SituationApi
{
    /// <summary>Opening, escalating and closing a crisis is for department heads (and admins); reading is for every role.</summary>
    private static readonly string[] HeadOrAdmin = [Roles.Head, Roles.Admin];

    /// <summary>Recording the situation (announcements, reports, meetings, incidents) is for the crisis staff, heads and admins.</summary>
    private static readonly string[] Recorders = [Roles.Staff, Roles.Head, Roles.Admin];

    public static RouteHandlerBuilder RequireChangeRole(this RouteHandlerBuilder endpoint) => endpoint.RequireRoles(Recorders);

    /// <summary>Releasing a situation report, reading an incident's confidential text: department heads and admins.</summary>
    public static RouteHandlerBuilder RequireHeadRole(this RouteHandlerBuilder endpoint) => endpoint.RequireRoles(HeadOrAdmin);

    /// <summary>Reading is for every role.</summary>
    public static RouteHandlerBuilder RequireReadRole(this RouteHandlerBuilder endpoint) => endpoint.RequireRoles(Roles.All);

    public static RouteGroupBuilder MapSituationApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/situation").WithTags("Situation");
        api.MapAllocationEndpoints();
        api.MapSectorReportEndpoints();
        api.MapMeetingEndpoints();
        api.MapConsolidatedReportEndpoints();
        api.MapIncidentEndpoints();
        api.MapStaffFunctionEndpoints();
        api.MapPersonalDataErasure(SituationReportsModule.StoreName);
        api.MapPost("/crises", OpenCrisisAsync).RequireRoles(HeadOrAdmin);
        api.MapPost("/crises/{id:guid}/close", CloseCrisisAsync).RequireRoles(HeadOrAdmin);
        api.MapPost("/crises/{id:guid}/escalate", EscalateCrisisAsync).RequireRoles(HeadOrAdmin);
        api.MapGet("/crises", ListCrises).RequireReadRole();
        api.MapGet("/crises/{id:guid}", GetCrisisAsync).RequireReadRole();
        return api;
    }

    private static async Task<Results<Created<CrisisCreated>, ProblemHttpResult>> OpenCrisisAsync(
        OpenCrisisRequest request, HttpContext http, CommandRunner<Crisis?> crises, TimeProvider time, CancellationToken cancellationToken)
    {
        var id = Guid.CreateVersion7();
        var opened = await crises.RunAsync(
            crises.Store.StreamOf(id), (state, now) => CrisisCommands.Open(state, new OpenCrisis(id, request.Name, request.Region), now),
            CommandMetadata.For(http, time, id), cancellationToken);
        if (opened.Error is { } error)
        {
            return error.ToProblem();
        }
        http.Response.Headers.ETag = StreamETag.For(opened.Version);
        return TypedResults.Created($"/api/situation/crises/{id}", new CrisisCreated(id));
    }

    private static Task<Results<Ok<CrisisView>, ProblemHttpResult>> CloseCrisisAsync(
        Guid id, CloseCrisisRequest? request, HttpContext http, CommandRunner<Crisis?> crises, TimeProvider time, CancellationToken cancellationToken) =>
        ChangeCrisisAsync(id, http, crises, time, (state, now) => CrisisCommands.Close(state, new CloseCrisis(id, request?.Reason), now), cancellationToken);

    private static Task<Results<Ok<CrisisView>, ProblemHttpResult>> EscalateCrisisAsync(
        Guid id, EscalateCrisisRequest request, HttpContext http, CommandRunner<Crisis?> crises, TimeProvider time, CancellationToken cancellationToken) =>
        ChangeCrisisAsync(id, http, crises, time, (state, now) => CrisisCommands.Escalate(state, new EscalateCrisis(id, request.Level, request.Reason), now), cancellationToken);

    /// <summary>
    /// Runs the decision under optimistic concurrency: with an If-Match, under exactly that version (412 when stale);
    /// without, under the version it was decided on, deciding again when someone else wrote first.
    /// </summary>
    private static async Task<Results<Ok<CrisisView>, ProblemHttpResult>> ChangeCrisisAsync(
        Guid id, HttpContext http, CommandRunner<Crisis?> crises, TimeProvider time, CommandRunner<Crisis?>.Decide decide, CancellationToken cancellationToken)
    {
        if (!StreamETag.TryReadIfMatch(http.Request, out var ifMatch))
        {
            return DomainError.Invalid("If-Match", "If-Match must be one strong entity tag, the crisis version from its ETag.").ToProblem();
        }
        var changed = await crises.RunAsync(crises.Store.StreamOf(id), decide, CommandMetadata.For(http, time, id), cancellationToken, expected: ifMatch);
        if (changed.Error is { } error)
        {
            return error.ToProblem();
        }
        http.Response.Headers.ETag = StreamETag.For(changed.Version);
        return TypedResults.Ok(CrisisView.From(changed.State!));
    }

    private static Ok<IReadOnlyList<CrisisView>> ListCrises(CrisisList list) => TypedResults.Ok(list.All());

    private static async Task<Results<Ok<CrisisView>, ProblemHttpResult>> GetCrisisAsync(
        Guid id, HttpContext http, AggregateStore<Crisis?> crises, CancellationToken cancellationToken)
    {
        var loaded = await crises.LoadAsync(id, cancellationToken);
        if (loaded.State is not { } crisis)
        {
            return DomainError.NotFound("crisis", $"There is no crisis {id}.").ToProblem();
        }
        http.Response.Headers.ETag = StreamETag.For(loaded.Version);
        return TypedResults.Ok(CrisisView.From(crisis));
    }
}

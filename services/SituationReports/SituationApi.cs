using Krisenstab.EventStore;
using Krisenstab.ServiceDefaults;
using Krisenstab.ServiceDefaults.Domain;
using Krisenstab.SituationReports.Crises;
using Krisenstab.SituationReports.Queries;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Krisenstab.SituationReports;

/// <summary>The Situation service's HTTP API under <c>/api/situation</c>.</summary>
public static class SituationApi
{
    /// <summary>Opening, escalating and closing a crisis is for department heads (and admins); reading is for every role.</summary>
    private static readonly AuthorizationPolicy HeadOrAdmin = new AuthorizationPolicyBuilder().RequireRole(Roles.Head, Roles.Admin).Build();

    public static RouteGroupBuilder MapSituationApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/situation").WithTags("Situation");
        api.MapPost("/crises", OpenCrisisAsync).RequireAuthorization(HeadOrAdmin);
        api.MapPost("/crises/{id:guid}/close", CloseCrisisAsync).RequireAuthorization(HeadOrAdmin);
        api.MapPost("/crises/{id:guid}/escalate", EscalateCrisisAsync).RequireAuthorization(HeadOrAdmin);
        api.MapGet("/crises", ListCrises);
        api.MapGet("/crises/{id:guid}", GetCrisisAsync);
        return api;
    }

    private static async Task<Results<Created<CrisisCreated>, ProblemHttpResult>> OpenCrisisAsync(
        OpenCrisisRequest request, HttpContext http, CrisisStore crises, TimeProvider time, CancellationToken cancellationToken)
    {
        var id = Guid.CreateVersion7();
        var metadata = CommandMetadata.For(http, time, id);
        var decision = CrisisCommands.Open(null, new OpenCrisis(id, request.Name, request.Region), metadata.OccurredAt);
        if (decision.Error is { } error)
        {
            return error.ToProblem();
        }
        var version = await crises.AppendAsync(id, ExpectedVersion.NoStream, decision.Events, metadata, cancellationToken);
        http.Response.Headers.ETag = StreamETag.For(version);
        return TypedResults.Created($"/api/situation/crises/{id}", new CrisisCreated(id));
    }

    private static Task<Results<Ok<CrisisView>, ProblemHttpResult>> CloseCrisisAsync(
        Guid id, CloseCrisisRequest? request, HttpContext http, CrisisStore crises, TimeProvider time, CancellationToken cancellationToken) =>
        ChangeCrisisAsync(id, http, crises, time, (state, now) => CrisisCommands.Close(state, new CloseCrisis(id, request?.Reason), now), cancellationToken);

    private static Task<Results<Ok<CrisisView>, ProblemHttpResult>> EscalateCrisisAsync(
        Guid id, EscalateCrisisRequest request, HttpContext http, CrisisStore crises, TimeProvider time, CancellationToken cancellationToken) =>
        ChangeCrisisAsync(id, http, crises, time, (state, now) => CrisisCommands.Escalate(state, new EscalateCrisis(id, request.Level, request.Reason), now), cancellationToken);

    /// <summary>
    /// Load, decide, append under optimistic concurrency: the expected version is the caller's If-Match when given,
    /// else the version the decision was made on.
    /// </summary>
    private static async Task<Results<Ok<CrisisView>, ProblemHttpResult>> ChangeCrisisAsync(
        Guid id, HttpContext http, CrisisStore crises, TimeProvider time, Func<Crisis?, DateTimeOffset, Decision> decide, CancellationToken cancellationToken)
    {
        if (!StreamETag.TryReadIfMatch(http.Request, out var ifMatch))
        {
            return DomainError.Invalid("If-Match", "If-Match must be one strong entity tag, the crisis version from its ETag.").ToProblem();
        }
        var (state, version) = await crises.LoadAsync(id, cancellationToken);
        var metadata = CommandMetadata.For(http, time, id);
        var decision = decide(state, metadata.OccurredAt);
        if (decision.Error is { } error)
        {
            return error.ToProblem();
        }
        try
        {
            var newVersion = await crises.AppendAsync(id, ifMatch ?? ExpectedVersion.After(version), decision.Events, metadata, cancellationToken);
            http.Response.Headers.ETag = StreamETag.For(newVersion);
        }
        catch (WrongExpectedVersionException conflict)
        {
            return ConcurrencyProblem(conflict, preconditionGiven: ifMatch is not null);
        }
        return TypedResults.Ok(CrisisView.From(decision.Events.Aggregate(state, Crisis.Apply)!));
    }

    private static Ok<IReadOnlyList<CrisisView>> ListCrises(CrisisList list) => TypedResults.Ok(list.All());

    private static async Task<Results<Ok<CrisisView>, ProblemHttpResult>> GetCrisisAsync(
        Guid id, HttpContext http, CrisisStore crises, CancellationToken cancellationToken)
    {
        var (state, version) = await crises.LoadAsync(id, cancellationToken);
        if (state is null)
        {
            return DomainError.NotFound("crisis", $"There is no crisis {id}.").ToProblem();
        }
        http.Response.Headers.ETag = StreamETag.For(version);
        return TypedResults.Ok(CrisisView.From(state));
    }

    /// <summary>Someone wrote first: 412 if the caller named the version it saw (If-Match), else 409.</summary>
    private static ProblemHttpResult ConcurrencyProblem(WrongExpectedVersionException conflict, bool preconditionGiven) =>
        TypedResults.Problem(
            detail: conflict.Message,
            statusCode: preconditionGiven ? StatusCodes.Status412PreconditionFailed : StatusCodes.Status409Conflict,
            title: "The crisis was changed meanwhile",
            extensions: new Dictionary<string, object?> { ["code"] = "concurrent-change" });
}

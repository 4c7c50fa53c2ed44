using Krisenstab.EventStore;
using Krisenstab.ServiceDefaults;
using Krisenstab.ServiceDefaults.Commands;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Krisenstab.Staffing.Deployments;

/// <summary>Deployment requests: asking, assigning, claiming, confirming, releasing, recording hours.</summary>
public static class DeploymentEndpoints
{
    public static void MapDeploymentEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/requests", RequestAsync).RequireStaffRole();
        api.MapGet("/requests/{id:guid}", GetAsync).RequireReadRole();
        api.MapPost("/requests/{id:guid}/assignments", AssignAsync).RequireStaffRole();
        api.MapPost("/requests/{id:guid}/claims", ClaimAsync).RequireStaffRole();
        api.MapPost("/requests/{id:guid}/assignments/{memberId:guid}/confirm", ConfirmAsync).RequireStaffRole();
        api.MapPost("/requests/{id:guid}/assignments/{memberId:guid}/release", ReleaseAsync).RequireStaffRole();
        api.MapPost("/requests/{id:guid}/assignments/{memberId:guid}/hours", RecordHoursAsync).RequireStaffRole();
    }

    private static async Task<Results<Created<RequestCreated>, ProblemHttpResult>> RequestAsync(
        RequestDeploymentRequest request, HttpContext http, CommandRunner<DeploymentRequest> requests, TimeProvider time, CancellationToken cancellationToken)
    {
        var id = Guid.CreateVersion7(time.GetUtcNow());
        var (command, invalid) = request.ToCommand(id);
        if (invalid is not null)
        {
            return invalid.ToProblem();
        }
        var outcome = await requests.RunAsync(
            requests.Store.StreamOf(id), (state, _) => RequestCommands.Request(state, command!), CommandMetadata.For(http, time, request.CrisisId), cancellationToken);
        return outcome.Error is { } error ? error.ToProblem() : TypedResults.Created($"{StaffingApi.Prefix}/requests/{id}", new RequestCreated(id));
    }

    private static async Task<Results<Ok<RequestView>, ProblemHttpResult>> GetAsync(
        Guid id, AggregateStore<DeploymentRequest> requests, CancellationToken cancellationToken)
    {
        var loaded = await requests.LoadAsync(id, cancellationToken);
        return loaded.State.Exists ? TypedResults.Ok(RequestView.Of(loaded.State)) : RequestCommands.NotFound(id).ToProblem();
    }

    /// <summary>201, or 409 when the member is deployed in an overlapping period, the request is filled or the department at its cap.</summary>
    private static Task<Results<Created<AssignmentCreated>, ProblemHttpResult>> AssignAsync(
        Guid id, AssignMemberRequest request, [FromHeader(Name = IdempotencyKey.Header)] string? idempotencyKey,
        HttpContext http, Deployments deployments, TimeProvider time, CancellationToken cancellationToken) =>
        AddAsync(id, request, AssignmentWay.ByStaff, idempotencyKey, http, deployments, time, cancellationToken);

    /// <summary>A volunteer interpreter takes an open interpreting request in a language they speak: first come, first served.</summary>
    private static Task<Results<Created<AssignmentCreated>, ProblemHttpResult>> ClaimAsync(
        Guid id, AssignMemberRequest request, [FromHeader(Name = IdempotencyKey.Header)] string? idempotencyKey,
        HttpContext http, Deployments deployments, TimeProvider time, CancellationToken cancellationToken) =>
        AddAsync(id, request, AssignmentWay.Claimed, idempotencyKey, http, deployments, time, cancellationToken);

    /// <summary>Shared with the volunteer's own claim (<c>POST /me/claims</c>), which names the member from the sign-in.</summary>
    internal static async Task<Results<Created<AssignmentCreated>, ProblemHttpResult>> AddAsync(
        Guid id, AssignMemberRequest request, AssignmentWay way, string? idempotencyKey,
        HttpContext http, Deployments deployments, TimeProvider time, CancellationToken cancellationToken)
    {
        if (request.MemberId is not { } memberId)
        {
            return DomainError.Invalid("memberId", "'memberId' is required.").ToProblem();
        }
        var (key, badKey) = IdempotencyKey.From(idempotencyKey, id, way == AssignmentWay.Claimed ? "claim" : "assign", request);
        if (badKey is not null)
        {
            return badKey.ToProblem();
        }
        var outcome = await deployments.AssignAsync(id, memberId, way, await deployments.MetadataAsync(id, http, time, cancellationToken), key, cancellationToken);
        return outcome.Error is { } error
            ? error.ToProblem()
            : TypedResults.Created(
                $"{StaffingApi.Prefix}/requests/{id}/assignments/{memberId}",
                new AssignmentCreated(id, memberId, outcome.State.Fill.Needed, outcome.State.Fill.Assigned));
    }

    private static async Task<Results<Ok<RequestView>, ProblemHttpResult>> ConfirmAsync(
        Guid id, Guid memberId, HttpContext http, CommandRunner<DeploymentRequest> requests, Deployments deployments, TimeProvider time, CancellationToken cancellationToken) =>
        Answer(await requests.RunAsync(
            requests.Store.StreamOf(id),
            (state, _) => state.Exists ? RequestCommands.Confirm(state, memberId) : RequestCommands.NotFound(id),
            await deployments.MetadataAsync(id, http, time, cancellationToken), cancellationToken));

    private static async Task<Results<Ok<RequestView>, ProblemHttpResult>> ReleaseAsync(
        Guid id, Guid memberId, HttpContext http, Deployments deployments, TimeProvider time, CancellationToken cancellationToken) =>
        Answer(await deployments.ReleaseAsync(id, memberId, await deployments.MetadataAsync(id, http, time, cancellationToken), cancellationToken));

    private static async Task<Results<Ok<RequestView>, ProblemHttpResult>> RecordHoursAsync(
        Guid id, Guid memberId, RecordHoursRequest request, HttpContext http, CommandRunner<DeploymentRequest> requests, Deployments deployments,
        TimeProvider time, CancellationToken cancellationToken)
    {
        var invalid = request.Day is null ? DomainError.Invalid("day", "'day' is required (yyyy-MM-dd).")
            : request.Hours is null ? DomainError.Invalid("hours", "'hours' is required.")
            : null;
        if (invalid is not null)
        {
            return invalid.ToProblem();
        }
        return Answer(await requests.RunAsync(
            requests.Store.StreamOf(id),
            (state, _) => state.Exists ? RequestCommands.RecordHours(state, memberId, request.Day!.Value, request.Hours!.Value) : RequestCommands.NotFound(id),
            await deployments.MetadataAsync(id, http, time, cancellationToken), cancellationToken));
    }

    private static Results<Ok<RequestView>, ProblemHttpResult> Answer(CommandResult<DeploymentRequest> outcome) =>
        outcome.Error is { } error ? error.ToProblem() : TypedResults.Ok(RequestView.Of(outcome.State));
}

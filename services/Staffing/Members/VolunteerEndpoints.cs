using System.Security.Claims;
using Krisenstab.ServiceDefaults;
using Krisenstab.ServiceDefaults.Auth;
using Krisenstab.Staffing.Deployments;
using Krisenstab.Staffing.Queries;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Krisenstab.Staffing.Members;

/// <summary>
/// The volunteer's own view (role <c>volunteer</c>): the pool member linked to the sign-in name, the open interpreting
/// requests in their languages, and claiming one — first come, first served, by the same decision as every assignment.
/// </summary>
public static class VolunteerEndpoints
{
    public static void MapVolunteerEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/me", GetAsync).RequireRoles(Roles.Volunteer);
        api.MapGet("/me/open-requests", OpenRequestsAsync).RequireRoles(Roles.Volunteer);
        api.MapPost("/me/claims", ClaimAsync).RequireRoles(Roles.Volunteer);
    }

    private static async Task<Results<Ok<MemberView>, ProblemHttpResult>> GetAsync(
        HttpContext http, VolunteerAccounts accounts, MemberPresenter present, CancellationToken cancellationToken) =>
        await accounts.FindAsync(SignInName(http), cancellationToken) is { } member
            ? TypedResults.Ok((await present.ViewsAsync([member], cancellationToken))[0])
            : NotLinked().ToProblem();

    private static async Task<Results<Ok<IReadOnlyList<RequestView>>, ProblemHttpResult>> OpenRequestsAsync(
        HttpContext http, VolunteerAccounts accounts, StaffingDirectory directory, CancellationToken cancellationToken) =>
        await accounts.FindAsync(SignInName(http), cancellationToken) is { } member
            ? TypedResults.Ok<IReadOnlyList<RequestView>>([.. Views.Claimable(directory, member).Select(RequestView.Of)])
            : NotLinked().ToProblem();

    /// <summary><c>{"requestId"}</c>: 201, or 409 when someone was quicker (<c>request-filled</c>) or the period clashes.</summary>
    private static async Task<Results<Created<AssignmentCreated>, ProblemHttpResult>> ClaimAsync(
        ClaimRequest request, [FromHeader(Name = Krisenstab.ServiceDefaults.Commands.IdempotencyKey.Header)] string? idempotencyKey,
        HttpContext http, VolunteerAccounts accounts, Deployments.Deployments deployments, TimeProvider time, CancellationToken cancellationToken)
    {
        if (request.RequestId is not { } requestId)
        {
            return DomainError.Invalid("requestId", "'requestId' is required.").ToProblem();
        }
        if (await accounts.FindAsync(SignInName(http), cancellationToken) is not { } member)
        {
            return NotLinked().ToProblem();
        }
        return await DeploymentEndpoints.AddAsync(
            requestId, new AssignMemberRequest(member.Id), AssignmentWay.Claimed, idempotencyKey, http, deployments, time, cancellationToken);
    }

    private static string? SignInName(HttpContext http) =>
        http.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? http.User.FindFirstValue("sub") ?? http.User.Identity?.Name;

    private static DomainError NotLinked() =>
        DomainError.NotFound("member", "No pool member is linked to this sign-in; the staff pool links it when registering the volunteer (account).");
}

/// <summary><c>{"requestId"}</c>: the request a volunteer claims for themselves.</summary>
public sealed record ClaimRequest(Guid? RequestId);

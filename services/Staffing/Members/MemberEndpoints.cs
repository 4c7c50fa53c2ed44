using Krisenstab.EventStore;
using Krisenstab.ServiceDefaults;
using Krisenstab.ServiceDefaults.Commands;
using Krisenstab.ServiceDefaults.PersonalData;
using Krisenstab.Staffing.Queries;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Krisenstab.Staffing.Members;

/// <summary>Registering pool members, their availability, and reading them (personal fields revealed: staff roles only).</summary>
public static class MemberEndpoints
{
    public static void MapMemberEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/members", RegisterAsync).RequireStaffRole();
        api.MapGet("/members", ListAsync).RequireStaffRole();
        api.MapGet("/members/{id:guid}", GetAsync).RequireStaffRole();
        api.MapPut("/members/{id:guid}/availability", ChangeAvailabilityAsync).RequireStaffRole();
    }

    /// <summary>Input is checked before anything is sealed, so a refused registration leaves no key behind either.</summary>
    private static async Task<Results<Created<MemberCreated>, ProblemHttpResult>> RegisterAsync(
        RegisterMemberRequest request, HttpContext http, MemberRegistration registration, VolunteerAccounts accounts,
        [FromKeyedServices(StaffingModule.StoreName)] PersonalDataVault vault, TimeProvider time, CancellationToken cancellationToken)
    {
        var (profile, invalid) = request.ToProfile();
        if (invalid is not null)
        {
            return invalid.ToProblem();
        }
        if (request.Account is { } account && await accounts.FindAsync(account.Trim(), cancellationToken) is not null)
        {
            return DomainError.Conflict("account-taken", "Another pool member signs in with this account already.").ToProblem();
        }
        var id = Guid.CreateVersion7(time.GetUtcNow());
        var subject = MemberPresenter.PoolMemberSubject(id);
        var command = new RegisterMember(
            id, profile!, await vault.SealAsync(subject, request.Name!.Trim(), cancellationToken),
            request.Phone is { } phone ? await vault.SealAsync(subject, phone.Trim(), cancellationToken) : null,
            request.Email is { } email ? await vault.SealAsync(subject, email.Trim(), cancellationToken) : null,
            request.Account is { } linked ? await vault.SealAsync(subject, linked.Trim(), cancellationToken) : null);
        var outcome = await registration.RegisterAsync(command, CommandMetadata.For(http, time), cancellationToken);
        return outcome.Error is { } error ? error.ToProblem() : TypedResults.Created($"{StaffingApi.Prefix}/members/{id}", new MemberCreated(id, subject));
    }

    /// <summary><c>?kind=&amp;department=</c></summary>
    private static async Task<Ok<IReadOnlyList<MemberView>>> ListAsync(
        StaffingDirectory directory, MemberPresenter present, string? kind, string? department, CancellationToken cancellationToken)
    {
        var members = directory.Members
            .Where(m => kind is null || Wire.Of(m.Kind) == kind)
            .Where(m => department is null || string.Equals(m.HomeDepartment, department, StringComparison.OrdinalIgnoreCase))
            .OrderBy(m => m.Id)
            .ToList();
        return TypedResults.Ok(await present.ViewsAsync(members, cancellationToken));
    }

    private static async Task<Results<Ok<MemberView>, ProblemHttpResult>> GetAsync(
        Guid id, AggregateStore<PoolMember> members, MemberPresenter present, CancellationToken cancellationToken)
    {
        var loaded = await members.LoadAsync(id, cancellationToken);
        return loaded.State.Exists
            ? TypedResults.Ok((await present.ViewsAsync([loaded.State], cancellationToken))[0])
            : MemberErrors.NotFound(id).ToProblem();
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> ChangeAvailabilityAsync(
        Guid id, ChangeAvailabilityRequest request, HttpContext http, CommandRunner<PoolMember> members, TimeProvider time, CancellationToken cancellationToken)
    {
        var outcome = await members.RunAsync(
            members.Store.StreamOf(id), (member, _) => MemberCommands.ChangeAvailability(member, id, request.Availability ?? []),
            CommandMetadata.For(http, time), cancellationToken);
        return outcome.Error is { } error ? error.ToProblem() : TypedResults.NoContent();
    }
}

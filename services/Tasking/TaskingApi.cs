using Krisenstab.ServiceDefaults;
using Krisenstab.ServiceDefaults.Auth;
using Krisenstab.Tasking.Queries;
using Krisenstab.Tasking.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Krisenstab.Tasking;

/// <summary>
/// The Tasking HTTP API under <c>/api/tasking</c>, one group. Heads and admins issue, cancel, reassign and move due
/// times; staff, heads and admins work on their unit's tasks; every role reads.
/// </summary>
public static class TaskingApi
{
    public const string Prefix = "/api/tasking";

    /// <summary>Who issues and steers tasks: department heads (and admins).</summary>
    public static IReadOnlyList<string> IssueRoles { get; } = [Roles.Head, Roles.Admin];

    /// <summary>Who works on a unit's tasks (and must be a member of the unit, unless admin).</summary>
    public static IReadOnlyList<string> WorkRoles { get; } = [Roles.Staff, Roles.Head, Roles.Admin];

    public static RouteGroupBuilder MapTaskingApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup(Prefix).WithTags("Tasking");
        api.MapTaskEndpoints();
        api.MapQueryEndpoints();
        return api;
    }
}

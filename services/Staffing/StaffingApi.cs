using Krisenstab.ServiceDefaults;
using Krisenstab.ServiceDefaults.Auth;
using Krisenstab.ServiceDefaults.PersonalData;
using Krisenstab.Staffing.Deployments;
using Krisenstab.Staffing.Members;
using Krisenstab.Staffing.Queries;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Krisenstab.Staffing;

/// <summary>
/// The staff pool's HTTP API under <c>/api/staffing</c>, one group. Requests and figures are for every role; members
/// (names, phones, e-mail), hours and every change for staff, head and admin; erasure for admin.
/// </summary>
public static class StaffingApi
{
    public const string Prefix = "/api/staffing";

    public static IReadOnlyList<string> ChangeRoles { get; } = [Roles.Staff, Roles.Head, Roles.Admin];

    public static RouteGroupBuilder MapStaffingApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup(Prefix).WithTags("Staffing");
        api.MapMemberEndpoints();
        api.MapDeploymentEndpoints();
        api.MapQueryEndpoints();
        api.MapVolunteerEndpoints();
        api.MapPersonalDataErasure(StaffingModule.StoreName);
        return api;
    }

    /// <summary>Changing, and reading personal data: staff, head, admin.</summary>
    public static RouteHandlerBuilder RequireStaffRole(this RouteHandlerBuilder endpoint) => endpoint.RequireRoles(ChangeRoles);

    public static RouteHandlerBuilder RequireReadRole(this RouteHandlerBuilder endpoint) => endpoint.RequireRoles(Roles.All);
}

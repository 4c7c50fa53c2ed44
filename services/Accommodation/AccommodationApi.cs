using Krisenstab.Accommodation.Facilities;
using Krisenstab.Accommodation.Placements;
using Krisenstab.Accommodation.Queries;
using Krisenstab.Accommodation.Reservations;
using Krisenstab.ServiceDefaults;
using Krisenstab.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Krisenstab.Accommodation;

/// <summary>
/// The Accommodation HTTP API under <c>/api/accommodation</c>, one group; each feature folder maps its own routes.
/// Reading is open to every role; changing needs staff, head or admin.
/// </summary>
public static class AccommodationApi
{
    public const string Prefix = "/api/accommodation";

    /// <summary>Who may change facilities, reservations and placements; analysts and press only read.</summary>
    public static IReadOnlyList<string> ChangeRoles { get; } = [Roles.Staff, Roles.Head, Roles.Admin];

    public static RouteGroupBuilder MapAccommodationApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup(Prefix).WithTags("Accommodation");
        api.MapFacilityEndpoints();
        api.MapReservationEndpoints();
        api.MapPlacementEndpoints();
        api.MapQueryEndpoints();
        return api;
    }

    public static RouteHandlerBuilder RequireChangeRole(this RouteHandlerBuilder endpoint) => endpoint.RequireRoles(ChangeRoles);

    /// <summary>Reading is for every role.</summary>
    public static RouteHandlerBuilder RequireReadRole(this RouteHandlerBuilder endpoint) => endpoint.RequireRoles(Roles.All);
}

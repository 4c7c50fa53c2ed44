using Krisenstab.Communication.Api;
using Krisenstab.ServiceDefaults;
using Krisenstab.ServiceDefaults.PersonalData;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Krisenstab.Communication;

/// <summary>
/// The Communication HTTP API under <c>/api/communication</c>, one group. Writing is for staff, press, heads and
/// admins; approving, publishing and retracting for press and heads (never the author); reading for every role; the
/// public audiences' feeds for anyone.
/// </summary>
public static class CommunicationApi
{
    public const string Prefix = "/api/communication";

    public static IReadOnlyList<string> WriterRoles { get; } = [Roles.Staff, Roles.Press, Roles.Head, Roles.Admin];

    public static IReadOnlyList<string> ApproverRoles { get; } = [Roles.Press, Roles.Head];

    /// <summary>Who keeps the e-mail recipient lists (personal data).</summary>
    public static IReadOnlyList<string> RecipientRoles { get; } = [Roles.Press, Roles.Head, Roles.Admin];

    public static RouteGroupBuilder MapCommunicationApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup(Prefix).WithTags("Communication");
        api.MapMessageEndpoints();
        api.MapQueryEndpoints();
        api.MapFeedEndpoints();
        api.MapRecipientEndpoints();
        api.MapPersonalDataErasure(CommunicationModule.StoreName);
        return api;
    }
}

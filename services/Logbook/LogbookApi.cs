using Krisenstab.Logbook.MessageLog;
using Krisenstab.Logbook.StaffLog;
using Krisenstab.ServiceDefaults;
using Krisenstab.ServiceDefaults.PersonalData;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Krisenstab.Logbook;

/// <summary>
/// The logbook's HTTP API under <c>/api/logbook</c>, one group. Staff, heads and admins keep the logs (only the keeper
/// writes the staff log); the head of staff countersigns; every role reads the staff log, the message log (it names
/// senders and recipients) is not for the press.
/// </summary>
public static class LogbookApi
{
    public const string Prefix = "/api/logbook";

    /// <summary>Who keeps the staff log or the message log.</summary>
    public static IReadOnlyList<string> KeeperRoles { get; } = [Roles.Staff, Roles.Head, Roles.Admin];

    /// <summary>Who countersigns a closed staff log: the head of staff.</summary>
    public static IReadOnlyList<string> CountersignRoles { get; } = [Roles.Head];

    /// <summary>Who reads the message log: everyone but the press.</summary>
    public static IReadOnlyList<string> MessageReadRoles { get; } = [Roles.Staff, Roles.Head, Roles.Analyst, Roles.Admin];

    public static RouteGroupBuilder MapLogbookApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup(Prefix).WithTags("Logbook");
        api.MapStaffLogEndpoints();
        api.MapMessageLogEndpoints();
        api.MapPersonalDataErasure(LogbookModule.StoreName);
        return api;
    }
}

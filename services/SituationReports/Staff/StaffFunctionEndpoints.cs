using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Krisenstab.SituationReports.Staff;

/// <summary>The configured staff functions, so that forms offer them as a choice instead of asking for a code.</summary>
public static class StaffFunctionEndpoints
{
    public static void MapStaffFunctionEndpoints(this RouteGroupBuilder api) =>
        api.MapGet("/functions", List).RequireReadRole();

    /// <summary>Every function as configured (code and German name), in the speaking order of a crisis meeting, then any that do not speak.</summary>
    private static Ok<IReadOnlyList<StaffFunction>> List(StaffFunctions functions) =>
        TypedResults.Ok<IReadOnlyList<StaffFunction>>([.. functions.SpeakingOrder, .. functions.All.Except(functions.SpeakingOrder)]);
}

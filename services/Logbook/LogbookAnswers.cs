using Krisenstab.Logbook.StaffLog;
using Krisenstab.ServiceDefaults;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Krisenstab.Logbook;

/// <summary>Turns refusals into HTTP answers: writing without being the keeper and countersigning one's own log are 403, not 409.</summary>
public static class LogbookAnswers
{
    private static readonly HashSet<string> Forbidden = new(StringComparer.Ordinal) { StaffLogCommands.NotKeeper, StaffLogCommands.OwnLog };

    public static ProblemHttpResult Problem(DomainError error) =>
        Forbidden.Contains(error.Code)
            ? TypedResults.Problem(detail: error.Detail, statusCode: StatusCodes.Status403Forbidden, title: "Not yours to do", extensions: new Dictionary<string, object?> { ["code"] = error.Code })
            : error.ToProblem();
}

using Krisenstab.Communication.Messages;
using Krisenstab.ServiceDefaults;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Krisenstab.Communication.Api;

/// <summary>Refusals as problem details; an approval by the author (or by someone who may not approve) is 403, not 409.</summary>
public static class MessageProblems
{
    public static ProblemHttpResult ToMessageProblem(this DomainError error) =>
        error.Code is MessageCommands.OwnMessage or MessageCommands.NotAnApprover
            ? TypedResults.Problem(
                detail: error.Detail, statusCode: StatusCodes.Status403Forbidden, title: "Four eyes", extensions: new Dictionary<string, object?> { ["code"] = error.Code })
            : error.ToProblem();
}

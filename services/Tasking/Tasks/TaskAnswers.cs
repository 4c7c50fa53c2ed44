using Krisenstab.ServiceDefaults;
using Krisenstab.ServiceDefaults.Commands;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Krisenstab.Tasking.Tasks;

/// <summary>Turns command outcomes into HTTP answers; working on another unit's task is 403, not 409.</summary>
public static class TaskAnswers
{
    public static Results<Ok<TaskState>, ProblemHttpResult> Ok(CommandResult<WorkTask> outcome) =>
        outcome.Error is { } error ? Problem(error) : TypedResults.Ok(TaskState.Of(outcome.State));

    public static ProblemHttpResult Problem(DomainError error) =>
        error.Code == WorkTaskCommands.NotUnitMember
            ? TypedResults.Problem(detail: error.Detail, statusCode: StatusCodes.Status403Forbidden, title: "Not your unit's task", extensions: new Dictionary<string, object?> { ["code"] = error.Code })
            : error.ToProblem();
}

/// <summary>A task's state right after a command (the full view with its history is under <c>GET /tasks/{id}</c>).</summary>
public sealed record TaskState(Guid Id, string Unit, WorkTaskStatus Status, DateTimeOffset DueAt, bool Overdue)
{
    public static TaskState Of(WorkTask task) => new(task.Id, task.Unit, task.Status, task.DueAt, task.IsOverdue);
}

using Krisenstab.Contracts.Tasking;
using Krisenstab.ServiceDefaults;
using Krisenstab.ServiceDefaults.Auth;
using Krisenstab.ServiceDefaults.Commands;
using Krisenstab.ServiceDefaults.Domain;
using Krisenstab.Tasking.Units;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Krisenstab.Tasking.Tasks;

/// <summary>Issuing tasks and every step of their lifecycle.</summary>
public static class TaskEndpoints
{
    private delegate Decision Step(WorkTask task, TaskWorker worker, DateTimeOffset now);

    public static void MapTaskEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/tasks", IssueAsync).RequireRoles(TaskingApi.IssueRoles);
        api.MapPost("/tasks/{id:guid}/accept", (Guid id, HttpContext http, CommandRunner<WorkTask> tasks, TaskUnits units, TimeProvider time, CancellationToken ct) =>
            WorkAsync(id, http, tasks, units, time, WorkTaskCommands.Accept, ct)).RequireRoles(TaskingApi.WorkRoles);
        api.MapPost("/tasks/{id:guid}/progress", (Guid id, TaskNoteRequest request, HttpContext http, CommandRunner<WorkTask> tasks, TaskUnits units, TimeProvider time, CancellationToken ct) =>
            WorkAsync(id, http, tasks, units, time, (task, worker, now) => WorkTaskCommands.ReportProgress(task, worker, request.Note, now), ct)).RequireRoles(TaskingApi.WorkRoles);
        api.MapPost("/tasks/{id:guid}/complete", (Guid id, TaskNoteRequest? request, HttpContext http, CommandRunner<WorkTask> tasks, TaskUnits units, TimeProvider time, CancellationToken ct) =>
            WorkAsync(id, http, tasks, units, time, (task, worker, now) => WorkTaskCommands.Complete(task, worker, request?.Note, now), ct)).RequireRoles(TaskingApi.WorkRoles);
        api.MapPost("/tasks/{id:guid}/cancel", (Guid id, CancelTaskRequest request, HttpContext http, CommandRunner<WorkTask> tasks, TimeProvider time, CancellationToken ct) =>
            SteerAsync(id, http, tasks, time, (task, now) => WorkTaskCommands.Cancel(task, request.Reason, now), ct)).RequireRoles(TaskingApi.IssueRoles);
        api.MapPost("/tasks/{id:guid}/reassign", ReassignAsync).RequireRoles(TaskingApi.IssueRoles);
        api.MapPost("/tasks/{id:guid}/due-time", (Guid id, ChangeDueTimeRequest request, HttpContext http, CommandRunner<WorkTask> tasks, TimeProvider time, CancellationToken ct) =>
            request.DueAt is { } dueAt
                ? SteerAsync(id, http, tasks, time, (task, now) => WorkTaskCommands.ChangeDueTime(task, dueAt, now), ct)
                : Task.FromResult<Results<Ok<TaskState>, ProblemHttpResult>>(DomainError.Invalid("dueAt", "'dueAt' is required.").ToProblem()))
            .RequireRoles(TaskingApi.IssueRoles);
    }

    /// <summary>201 with the task's id; with an <c>Idempotency-Key</c> the id is derived from it, so a retry issues once.</summary>
    private static async Task<Results<Created<TaskCreated>, ProblemHttpResult>> IssueAsync(
        IssueTaskRequest request, [FromHeader(Name = IdempotencyKey.Header)] string? idempotencyKey,
        HttpContext http, CommandRunner<WorkTask> tasks, TaskUnits units, TimeProvider time, CancellationToken cancellationToken)
    {
        var (unit, badUnit) = units.Resolve(request.Unit, "unit");
        var missing = badUnit ?? (request.DueAt is null ? DomainError.Invalid("dueAt", "'dueAt' is required.") : null);
        if (missing is not null)
        {
            return missing.ToProblem();
        }
        var (key, badKey) = IdempotencyKey.From(idempotencyKey, Guid.Empty, "issue-task", request);
        if (badKey is not null)
        {
            return badKey.ToProblem();
        }
        var taskId = IdempotencyKey.NewId(key, "task", time);
        var command = new IssueTask(
            taskId, request.Title, request.Description, unit!, request.Priority ?? TaskPriority.Normal, request.DueAt!.Value, request.CrisisId,
            new TaskLinks(request.MeetingId, request.DecisionId, request.FacilityId, request.ReportId));
        var outcome = await tasks.RunAsync(
            tasks.Store.StreamOf(taskId), (task, now) => WorkTaskCommands.Issue(task, command, now), CommandMetadata.For(http, time, request.CrisisId), cancellationToken, key);
        return outcome.Error is { } error ? error.ToProblem() : TypedResults.Created($"{TaskingApi.Prefix}/tasks/{taskId}", new TaskCreated(taskId));
    }

    private static async Task<Results<Ok<TaskState>, ProblemHttpResult>> ReassignAsync(
        Guid id, ReassignTaskRequest request, HttpContext http, CommandRunner<WorkTask> tasks, TaskUnits units, TimeProvider time, CancellationToken cancellationToken)
    {
        var (unit, badUnit) = units.Resolve(request.Unit, "unit");
        return badUnit is not null
            ? badUnit.ToProblem()
            : await SteerAsync(id, http, tasks, time, (task, now) => WorkTaskCommands.Reassign(task, unit!, now), cancellationToken);
    }

    /// <summary>A step by the responsible unit: the signed-in user's units come from the configuration.</summary>
    private static async Task<Results<Ok<TaskState>, ProblemHttpResult>> WorkAsync(
        Guid id, HttpContext http, CommandRunner<WorkTask> tasks, TaskUnits units, TimeProvider time, Step step, CancellationToken cancellationToken)
    {
        var worker = TaskWorker.Of(http.User, units);
        return await SteerAsync(id, http, tasks, time, (task, now) => step(task, worker, now), cancellationToken);
    }

    /// <summary>
    /// Every step carries the task's crisis in its metadata (as the issue did), so the crisis journal and its picture get
    /// every step. A task's crisis never changes, so reading it before the command cannot race.
    /// </summary>
    private static async Task<Results<Ok<TaskState>, ProblemHttpResult>> SteerAsync(
        Guid id, HttpContext http, CommandRunner<WorkTask> tasks, TimeProvider time, CommandRunner<WorkTask>.Decide decide, CancellationToken cancellationToken)
    {
        var crisisId = (await tasks.Store.LoadAsync(tasks.Store.StreamOf(id), cancellationToken)).State.CrisisId;
        return TaskAnswers.Ok(await tasks.ChangeAsync(id, decide, CommandMetadata.For(http, time, crisisId), cancellationToken));
    }
}

using Krisenstab.Contracts.Tasking;
using Krisenstab.ServiceDefaults;
using Krisenstab.ServiceDefaults.Auth;
using Krisenstab.Tasking.Tasks;
using Krisenstab.Tasking.Units;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Krisenstab.Tasking.Queries;

/// <summary>Reading tasks: filtered lists, my unit's tasks, what I issued, overdue by unit, units' workloads. Every role reads.</summary>
public static class QueryEndpoints
{
    public static void MapQueryEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/tasks", List).RequireRoles(Roles.All);
        api.MapGet("/tasks/{id:guid}", Find).RequireRoles(Roles.All);
        api.MapGet("/my-tasks", Mine).RequireRoles(Roles.All);
        api.MapGet("/issued", Issued).RequireRoles(Roles.All);
        api.MapGet("/overdue", Overdue).RequireRoles(Roles.All);
        api.MapGet("/units", Units).RequireRoles(Roles.All);
    }

    /// <summary>Tasks filtered by unit, status, priority and crisis (each optional), soonest due first.</summary>
    private static Results<Ok<IReadOnlyList<TaskView>>, ProblemHttpResult> List(
        string? unit, string? status, string? priority, Guid? crisis, TaskBoard board, TaskUnits units)
    {
        var (statusFilter, badStatus) = WireEnum.Parse<WorkTaskStatus>(status, "status");
        var (priorityFilter, badPriority) = WireEnum.Parse<TaskPriority>(priority, "priority");
        var badUnit = unit is null ? null : units.Resolve(unit, "unit").Error;
        if ((badUnit ?? badStatus ?? badPriority) is { } error)
        {
            return error.ToProblem();
        }
        return TypedResults.Ok(Views(board.Tasks.Where(t =>
            (unit is null || string.Equals(t.Task.Unit, unit.Trim(), StringComparison.OrdinalIgnoreCase))
            && (statusFilter is null || t.Task.Status == statusFilter)
            && (priorityFilter is null || t.Task.Priority == priorityFilter)
            && (crisis is null || t.Task.CrisisId == crisis))));
    }

    private static Results<Ok<TaskView>, ProblemHttpResult> Find(Guid id, TaskBoard board) =>
        board.Find(id) is { } tracked ? TypedResults.Ok(TaskView.From(tracked)) : WorkTaskCommands.NotFound(id).ToProblem();

    /// <summary>The tasks of the signed-in user's units (by user name from the configuration), open ones first.</summary>
    private static Ok<MyTasks> Mine(HttpContext http, TaskBoard board, TaskUnits units)
    {
        var mine = units.Of(TaskWorker.UserName(http.User));
        var codes = mine.Select(u => u.Code).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return TypedResults.Ok(new MyTasks(
            [.. mine.Select(u => new UnitRef(u.Code, u.Name))],
            Views(board.Tasks.Where(t => codes.Contains(t.Task.Unit)))));
    }

    /// <summary>Everything the signed-in user issued, with its state and history.</summary>
    private static Ok<IReadOnlyList<TaskView>> Issued(HttpContext http, TaskBoard board)
    {
        var me = TaskWorker.UserName(http.User);
        return TypedResults.Ok(Views(board.Tasks.Where(t => me is not null && string.Equals(t.IssuedBy, me, StringComparison.OrdinalIgnoreCase))));
    }

    /// <summary>Open overdue tasks grouped by unit, the most urgent first.</summary>
    private static Ok<IReadOnlyList<OverdueOfUnit>> Overdue(TaskBoard board) =>
        TypedResults.Ok<IReadOnlyList<OverdueOfUnit>>([.. board.Tasks
            .Where(t => t.Task.IsOpen && t.Task.IsOverdue)
            .GroupBy(t => (t.Task.Unit, t.Task.UnitName))
            .OrderBy(g => g.Key.Unit, StringComparer.OrdinalIgnoreCase)
            .Select(g => new OverdueOfUnit(g.Key.Unit, g.Key.UnitName, Views(g)))]);

    /// <summary>Every configured unit with its workload.</summary>
    private static Ok<IReadOnlyList<UnitWorkload>> Units(TaskBoard board, TaskUnits units)
    {
        var tasks = board.Tasks.Select(t => t.Task).ToList();
        return TypedResults.Ok<IReadOnlyList<UnitWorkload>>([.. units.All.Select(u => UnitWorkload.Of(u.Code, u.Name, tasks))]);
    }

    /// <summary>Open before closed, then by priority (urgent first) and due time.</summary>
    private static IReadOnlyList<TaskView> Views(IEnumerable<TrackedTask> tasks) =>
        [.. tasks
            .OrderBy(t => t.Task.IsClosed)
            .ThenByDescending(t => t.Task.Priority)
            .ThenBy(t => t.Task.DueAt)
            .Select(TaskView.From)];
}

public sealed record UnitRef(string Code, string Name);

public sealed record MyTasks(IReadOnlyList<UnitRef> Units, IReadOnlyList<TaskView> Tasks);

public sealed record OverdueOfUnit(string Unit, string UnitName, IReadOnlyList<TaskView> Tasks);

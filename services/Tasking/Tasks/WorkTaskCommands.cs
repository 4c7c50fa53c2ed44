using Krisenstab.Contracts.Tasking;
using Krisenstab.ServiceDefaults;
using Krisenstab.ServiceDefaults.Domain;
using Krisenstab.Tasking.Units;

namespace Krisenstab.Tasking.Tasks;

public sealed record IssueTask(Guid TaskId, string? Title, string? Description, TaskUnit Unit, TaskPriority Priority, DateTimeOffset DueAt, Guid? CrisisId, TaskLinks Links);

/// <summary>A task's lifecycle as pure decisions: (state, command, now) → events or a refusal.</summary>
public static class WorkTaskCommands
{
    public const string NotUnitMember = "not-unit-member";

    public static Decision Issue(WorkTask state, IssueTask command, DateTimeOffset now)
    {
        var invalid = TaskInput.FirstError(
            TaskInput.Required(command.Title, "title", TaskInput.MaxTitleLength),
            TaskInput.Optional(command.Description, "description", TaskInput.MaxTextLength),
            Enum.IsDefined(command.Priority) ? null : DomainError.Invalid("priority", "'priority' must be low, normal, high or urgent."),
            TaskInput.InFuture(command.DueAt, "dueAt", now));
        if (invalid is not null)
        {
            return invalid;
        }
        if (state.Exists)
        {
            return DomainError.Conflict("task-exists", $"Task {command.TaskId} exists already.");
        }
        return Decision.Accept(new TaskIssued(
            command.TaskId, command.Title!.Trim(), command.Description?.Trim() ?? "", command.Unit.Code, command.Unit.Name,
            command.Priority, command.DueAt, command.CrisisId, command.Links, now));
    }

    public static Decision Accept(WorkTask state, TaskWorker worker, DateTimeOffset now) =>
        Closed(state) ?? NotOfUnit(state, worker)
        ?? (state.Status == WorkTaskStatus.Issued
            ? Decision.Accept(new TaskAccepted(state.Id, state.Unit, now, state.Title))
            : DomainError.Conflict("already-accepted", $"'{state.Title}' is accepted already."));

    public static Decision ReportProgress(WorkTask state, TaskWorker worker, string? note, DateTimeOffset now) =>
        TaskInput.Required(note, "note", TaskInput.MaxTextLength) ?? Closed(state) ?? NotOfUnit(state, worker) ?? NotAccepted(state)
        ?? Decision.Accept(new TaskProgressReported(state.Id, state.Unit, note!.Trim(), now, state.Title));

    public static Decision Complete(WorkTask state, TaskWorker worker, string? note, DateTimeOffset now) =>
        TaskInput.Optional(note, "note", TaskInput.MaxTextLength) ?? Closed(state) ?? NotOfUnit(state, worker) ?? NotAccepted(state)
        ?? Decision.Accept(new TaskCompleted(state.Id, state.Unit, string.IsNullOrWhiteSpace(note) ? null : note.Trim(), now, state.Title));

    public static Decision Cancel(WorkTask state, string? reason, DateTimeOffset now) =>
        TaskInput.Required(reason, "reason", TaskInput.MaxTextLength) ?? Closed(state)
        ?? Decision.Accept(new TaskCancelled(state.Id, state.Unit, reason!.Trim(), now, state.Title));

    public static Decision Reassign(WorkTask state, TaskUnit unit, DateTimeOffset now) =>
        Closed(state)
        ?? (string.Equals(state.Unit, unit.Code, StringComparison.OrdinalIgnoreCase)
            ? DomainError.Conflict("same-unit", $"'{state.Title}' is with {unit.Code} already.")
            : Decision.Accept(new TaskReassigned(state.Id, state.Unit, unit.Code, unit.Name, now, state.Title)));

    public static Decision ChangeDueTime(WorkTask state, DateTimeOffset dueAt, DateTimeOffset now) =>
        TaskInput.InFuture(dueAt, "dueAt", now) ?? Closed(state)
        ?? (dueAt == state.DueAt ? Decision.Nothing : Decision.Accept(new TaskDueTimeChanged(state.Id, state.Unit, state.DueAt, dueAt, state.Title)));

    /// <summary>
    /// An open task past its due time becomes overdue, once; before that, within <paramref name="reminderBefore"/> of
    /// it, its unit is reminded, once. Nothing otherwise — so a second sweeper deciding on the same state changes nothing.
    /// </summary>
    public static Decision Escalate(WorkTask state, TimeSpan reminderBefore, DateTimeOffset now)
    {
        if (!state.IsOpen || state.IsOverdue)
        {
            return Decision.Nothing;
        }
        if (state.DueAt <= now)
        {
            return Decision.Accept(new TaskBecameOverdue(state.Id, state.Unit, state.Title, state.Priority, state.DueAt));
        }
        return !state.IsReminded && reminderBefore > TimeSpan.Zero && state.DueAt - reminderBefore <= now
            ? Decision.Accept(new TaskReminderDue(state.Id, state.Unit, state.Title, state.DueAt))
            : Decision.Nothing;
    }

    public static DomainError NotFound(Guid taskId) => DomainError.NotFound("task", $"There is no task {taskId}.");

    private static DomainError? Closed(WorkTask state) =>
        state.Status switch
        {
            WorkTaskStatus.Done => DomainError.Conflict("task-done", $"'{state.Title}' is done; nothing more can happen to it."),
            WorkTaskStatus.Cancelled => DomainError.Conflict("task-cancelled", $"'{state.Title}' is cancelled; nothing more can happen to it."),
            _ => null,
        };

    private static DomainError? NotOfUnit(WorkTask state, TaskWorker worker) =>
        worker.MayWorkFor(state.Unit) ? null : DomainError.Conflict(NotUnitMember, $"Only members of {state.Unit} ({state.UnitName}) work on '{state.Title}'.");

    private static DomainError? NotAccepted(WorkTask state) =>
        state.Status == WorkTaskStatus.Issued ? DomainError.Conflict("not-accepted", $"'{state.Title}' has to be accepted by {state.Unit} first.") : null;
}

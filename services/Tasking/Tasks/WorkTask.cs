using Krisenstab.Contracts.Tasking;

namespace Krisenstab.Tasking.Tasks;

/// <summary>
/// A task as its stream (<c>task-{id}</c>) tells it. Immutable; <see cref="Apply"/> folds one event. Overdue and
/// reminded are facts about the current due time, so a new due time clears them.
/// </summary>
public sealed record WorkTask
{
    /// <summary>The state before the first event: a task that does not exist.</summary>
    public static WorkTask None { get; } = new();

    public Guid Id { get; init; }
    public string Title { get; init; } = "";
    public string Description { get; init; } = "";
    public string Unit { get; init; } = "";
    public string UnitName { get; init; } = "";
    public TaskPriority Priority { get; init; }
    public DateTimeOffset DueAt { get; init; }
    public Guid? CrisisId { get; init; }
    public TaskLinks Links { get; init; } = TaskLinks.None;
    public DateTimeOffset IssuedAt { get; init; }
    public WorkTaskStatus Status { get; init; }
    public bool IsOverdue { get; init; }
    public bool IsReminded { get; init; }
    public int ProgressReports { get; init; }

    public bool Exists => Id != Guid.Empty;

    /// <summary>Done and cancelled tasks are closed: nothing more happens to them.</summary>
    public bool IsClosed => Status is WorkTaskStatus.Done or WorkTaskStatus.Cancelled;

    public bool IsOpen => Exists && !IsClosed;

    public WorkTask Apply(object @event) => @event switch
    {
        TaskIssued e => this with
        {
            Id = e.TaskId,
            Title = e.Title,
            Description = e.Description,
            Unit = e.Unit,
            UnitName = e.UnitName,
            Priority = e.Priority,
            DueAt = e.DueAt,
            CrisisId = e.CrisisId,
            Links = e.Links,
            IssuedAt = e.IssuedAt,
            Status = WorkTaskStatus.Issued,
        },
        TaskAccepted => this with { Status = WorkTaskStatus.Accepted },
        TaskProgressReported => this with { Status = WorkTaskStatus.InProgress, ProgressReports = ProgressReports + 1 },
        TaskCompleted => this with { Status = WorkTaskStatus.Done },
        TaskCancelled => this with { Status = WorkTaskStatus.Cancelled },
        TaskReassigned e => this with { Unit = e.Unit, UnitName = e.UnitName, Status = WorkTaskStatus.Issued },
        TaskDueTimeChanged e => this with { DueAt = e.DueAt, IsOverdue = false, IsReminded = false },
        TaskBecameOverdue => this with { IsOverdue = true },
        TaskReminderDue => this with { IsReminded = true },
        _ => this,
    };
}

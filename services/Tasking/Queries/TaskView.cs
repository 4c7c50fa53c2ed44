using Krisenstab.Contracts.Tasking;
using Krisenstab.Tasking.Tasks;

namespace Krisenstab.Tasking.Queries;

/// <summary>A task as the API answers it; <see cref="Overdue"/> is true once its due time has passed while open.</summary>
public sealed record TaskView(
    Guid Id,
    string Title,
    string Description,
    string Unit,
    string UnitName,
    TaskPriority Priority,
    WorkTaskStatus Status,
    DateTimeOffset DueAt,
    bool Overdue,
    Guid? CrisisId,
    TaskLinks Links,
    string? IssuedBy,
    DateTimeOffset IssuedAt,
    IReadOnlyList<TaskStep> Steps)
{
    public static TaskView From(TrackedTask tracked)
    {
        var task = tracked.Task;
        return new TaskView(
            task.Id, task.Title, task.Description, task.Unit, task.UnitName, task.Priority, task.Status, task.DueAt, task.IsOverdue,
            task.CrisisId, task.Links, tracked.IssuedBy, task.IssuedAt, tracked.Steps);
    }
}

using Krisenstab.Contracts.Tasking;

namespace Krisenstab.Dashboard.Pictures.Sections;

/// <summary>Where an open task stands (done and cancelled tasks leave the picture's open tasks).</summary>
public enum PictureTaskStatus
{
    Issued,
    Accepted,
    InProgress,
}

/// <summary>An open task as the picture shows it; <see cref="DueSoon"/> after the reminder, <see cref="Overdue"/> after its due time.</summary>
public sealed record PictureTask(
    Guid TaskId,
    string Title,
    string Unit,
    string UnitName,
    TaskPriority Priority,
    DateTimeOffset DueAt,
    PictureTaskStatus Status,
    bool DueSoon,
    bool Overdue)
{
    public static PictureTask Issued(TaskIssued e) =>
        new(e.TaskId, e.Title, e.Unit, e.UnitName, e.Priority, e.DueAt, PictureTaskStatus.Issued, DueSoon: false, Overdue: false);
}

/// <summary>A unit's open tasks in the picture: how many, how many overdue, and both by priority.</summary>
public sealed record UnitTasks(string Unit, string UnitName, int Open, int Overdue, PriorityCounts OpenByPriority, PriorityCounts OverdueByPriority)
{
    public static UnitTasks Of(IGrouping<string, PictureTask> tasks)
    {
        var overdue = tasks.Where(t => t.Overdue).ToList();
        return new UnitTasks(
            tasks.Key, tasks.Last().UnitName, tasks.Count(), overdue.Count, PriorityCounts.Of(tasks), PriorityCounts.Of(overdue));
    }
}

/// <summary>Tasks counted per priority.</summary>
public sealed record PriorityCounts(int Low, int Normal, int High, int Urgent)
{
    public static PriorityCounts Of(IEnumerable<PictureTask> tasks)
    {
        var list = tasks.ToList();
        int Count(TaskPriority priority) => list.Count(t => t.Priority == priority);
        return new PriorityCounts(Count(TaskPriority.Low), Count(TaskPriority.Normal), Count(TaskPriority.High), Count(TaskPriority.Urgent));
    }
}

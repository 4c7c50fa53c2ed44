using System.Collections.Immutable;
using Krisenstab.Contracts.Tasking;
using Krisenstab.Dashboard.Journal;

namespace Krisenstab.Dashboard.Pictures.Sections;

/// <summary>
/// The picture's section of the tasks (services/Tasking): open and overdue tasks by unit and priority, and every
/// overdue task by name, so that a late responsibility cannot hide; folded from the crisis journal (a task bound to
/// the crisis, see TaskJournalConsumer).
/// </summary>
public sealed record TaskSection
{
    

    public static TaskSection Empty { get; } = new();

    /// <summary>Tasks issued, accepted or in progress.</summary>
    public int Open => OpenTasks.Count;

    /// <summary>Open tasks whose due time has passed.</summary>
    public int Overdue => OpenTasks.Values.Count(t => t.Overdue);

    public int Done { get; init; }

    public int Cancelled { get; init; }

    /// <summary>Each unit with open tasks: how many, how many overdue, and the open ones by priority; by unit code.</summary>
    public IReadOnlyList<UnitTasks> Units =>
        [.. OpenTasks.Values
            .GroupBy(t => t.Unit, StringComparer.OrdinalIgnoreCase)
            .OrderBy(g => g.Key, StringComparer.OrdinalIgnoreCase)
            .Select(UnitTasks.Of)];

    /// <summary>Every overdue task, the most urgent first, then the longest overdue.</summary>
    public IReadOnlyList<PictureTask> OverdueTasks =>
        [.. OpenTasks.Values.Where(t => t.Overdue).OrderByDescending(t => t.Priority).ThenBy(t => t.DueAt).ThenBy(t => t.TaskId)];

    /// <summary>The open tasks by id (not serialised: the picture shows the figures below and the overdue ones).</summary>
    private ImmutableDictionary<Guid, PictureTask> OpenTasks { get; init; } = ImmutableDictionary<Guid, PictureTask>.Empty;

    /// <summary>The section after <paramref name="entry"/>: itself when the entry is none of its events.</summary>
    public TaskSection Apply(JournalEntry entry) => entry.Event switch
    {
        TaskIssued e => this with { OpenTasks = OpenTasks.SetItem(e.TaskId, PictureTask.Issued(e)) },
        TaskAccepted e => Change(e.TaskId, t => t with { Status = PictureTaskStatus.Accepted }),
        TaskProgressReported e => Change(e.TaskId, t => t with { Status = PictureTaskStatus.InProgress }),
        TaskReassigned e => Change(e.TaskId, t => t with { Unit = e.Unit, UnitName = e.UnitName, Status = PictureTaskStatus.Issued }),
        TaskDueTimeChanged e => Change(e.TaskId, t => t with { DueAt = e.DueAt, Overdue = false, DueSoon = false }),
        TaskReminderDue e => Change(e.TaskId, t => t with { DueSoon = true }),
        TaskBecameOverdue e => Change(e.TaskId, t => t with { Overdue = true }),
        TaskCompleted e => Close(e.TaskId) with { Done = Done + (OpenTasks.ContainsKey(e.TaskId) ? 1 : 0) },
        TaskCancelled e => Close(e.TaskId) with { Cancelled = Cancelled + (OpenTasks.ContainsKey(e.TaskId) ? 1 : 0) },
        _ => this,
    };

    private TaskSection Change(Guid taskId, Func<PictureTask, PictureTask> change) =>
        OpenTasks.TryGetValue(taskId, out var task) ? this with { OpenTasks = OpenTasks.SetItem(taskId, change(task)) } : this;

    private TaskSection Close(Guid taskId) => this with { OpenTasks = OpenTasks.Remove(taskId) };
}

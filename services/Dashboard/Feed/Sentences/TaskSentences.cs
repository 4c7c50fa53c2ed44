using Krisenstab.Contracts.Tasking;

namespace Krisenstab.Dashboard.Feed.Sentences;

/// <summary>
/// The sentences of the tasks' events; null for any other event. They name the unit and the task's title; progress
/// and closing notes stay out of the feed (they are the unit's working notes, read on the task itself).
/// </summary>
public static class TaskSentences
{
    public static Sentence? Of(object @event) => @event switch
    {
        TaskIssued e => Issued(e),
        TaskAccepted e => AtUnit(e, "angenommen", "accepted"),
        TaskProgressReported e => AtUnit(e, "Fortschritt gemeldet", "progress reported"),
        TaskCompleted e => AtUnit(e, "erledigt", "done"),
        TaskCancelled e => AtUnit(e, $"zurückgezogen{Words.InParentheses(e.Reason)}", $"cancelled{Words.InParentheses(e.Reason)}"),
        TaskReassigned e => Reassigned(e),
        TaskDueTimeChanged e => WithTime(e, e.DueAt, "jetzt fällig", "now due"),
        TaskReminderDue e => WithTime(e, e.DueAt, "bald fällig:", "due soon:"),
        TaskBecameOverdue e => Overdue(e),
        _ => null,
    };

    private static Sentence Issued(TaskIssued e)
    {
        var due = BerlinTimes.DayAndTime(e.DueAt);
        var priority = PriorityOf(e.Priority);
        var task = Task(e);
        return new(
            $"{e.Unit} ({e.UnitName}): {task.De} erteilt, Priorität {priority.De}, fällig {due.De}",
            $"{e.Unit} ({e.UnitName}): {task.En} issued, priority {priority.En}, due {due.En}");
    }

    private static Sentence Reassigned(TaskReassigned e)
    {
        var task = Task(e);
        return new(
            $"{e.PreviousUnit}: {task.De} an {e.Unit} ({e.UnitName}) übertragen",
            $"{e.PreviousUnit}: {task.En} moved to {e.Unit} ({e.UnitName})");
    }

    private static Sentence Overdue(TaskBecameOverdue e)
    {
        var due = BerlinTimes.DayAndTime(e.DueAt);
        var priority = PriorityOf(e.Priority);
        var task = Task(e);
        return new(
            $"ÜBERFÄLLIG — {e.Unit}: {task.De} (Priorität {priority.De}) war fällig {due.De}",
            $"OVERDUE — {e.Unit}: {task.En} (priority {priority.En}) was due {due.En}");
    }

    private static Sentence WithTime(ITaskEvent e, DateTimeOffset at, string german, string english)
    {
        var time = BerlinTimes.DayAndTime(at);
        return AtUnit(e, $"{german} {time.De}", $"{english} {time.En}");
    }

    /// <summary>"S4: Auftrag „Feldbetten beschaffen“ {what}".</summary>
    private static Sentence AtUnit(ITaskEvent e, string german, string english)
    {
        var task = Task(e);
        return new($"{e.Unit}: {task.De} {german}", $"{e.Unit}: {task.En} {english}");
    }

    /// <summary>"Auftrag „…“" with its title; a bare "Auftrag" for an event stored before titles were in every event.</summary>
    private static Sentence Task(ITaskEvent e) =>
        string.IsNullOrWhiteSpace(e.Title) ? new("Auftrag", "task") : new($"Auftrag „{e.Title}“", $"task “{e.Title}”");

    private static Sentence PriorityOf(TaskPriority priority) => priority switch
    {
        TaskPriority.Low => new("niedrig", "low"),
        TaskPriority.High => new("hoch", "high"),
        TaskPriority.Urgent => new("dringend", "urgent"),
        _ => new("normal", "normal"),
    };
}

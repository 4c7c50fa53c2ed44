namespace Krisenstab.Contracts.Tasking;

/// <summary>An open task is due soon (the configured reminder time before <see cref="DueAt"/>). Recorded once per due time.</summary>
[EventName("tasking.task-reminder-due.v1")]
public sealed record TaskReminderDue(Guid TaskId, string Unit, string Title, DateTimeOffset DueAt) : ITaskEvent;

namespace Krisenstab.Contracts.Tasking;

/// <summary>The task is now due at <see cref="DueAt"/>; an overdue task given a later time is open on time again.</summary>
[EventName("tasking.task-due-time-changed.v1")]
public sealed record TaskDueTimeChanged(Guid TaskId, string Unit, DateTimeOffset PreviousDueAt, DateTimeOffset DueAt, string Title = "") : ITaskEvent;

namespace Krisenstab.Contracts.Tasking;

/// <summary>An open task's due time passed: an escalation for its issuer. Recorded once per due time.</summary>
[EventName("tasking.task-overdue.v1")]
public sealed record TaskBecameOverdue(Guid TaskId, string Unit, string Title, TaskPriority Priority, DateTimeOffset DueAt) : ITaskEvent;

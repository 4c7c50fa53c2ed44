namespace Krisenstab.Contracts.Tasking;

/// <summary>The unit finished the task, optionally with a closing note.</summary>
[EventName("tasking.task-completed.v1")]
public sealed record TaskCompleted(Guid TaskId, string Unit, string? Note, DateTimeOffset CompletedAt, string Title = "") : ITaskEvent;

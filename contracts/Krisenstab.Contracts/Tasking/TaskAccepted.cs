namespace Krisenstab.Contracts.Tasking;

/// <summary>Someone of the responsible unit took the task on (the event's actor).</summary>
[EventName("tasking.task-accepted.v1")]
public sealed record TaskAccepted(Guid TaskId, string Unit, DateTimeOffset AcceptedAt, string Title = "") : ITaskEvent;

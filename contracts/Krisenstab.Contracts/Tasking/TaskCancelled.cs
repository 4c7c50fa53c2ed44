namespace Krisenstab.Contracts.Tasking;

/// <summary>The task is no longer wanted, for the reason given.</summary>
[EventName("tasking.task-cancelled.v1")]
public sealed record TaskCancelled(Guid TaskId, string Unit, string Reason, DateTimeOffset CancelledAt, string Title = "") : ITaskEvent;

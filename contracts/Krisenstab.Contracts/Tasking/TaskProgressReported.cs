namespace Krisenstab.Contracts.Tasking;

/// <summary>The unit reported progress on an accepted task; the first report puts it in progress.</summary>
[EventName("tasking.task-progress-reported.v1")]
public sealed record TaskProgressReported(Guid TaskId, string Unit, string Note, DateTimeOffset ReportedAt, string Title = "") : ITaskEvent;

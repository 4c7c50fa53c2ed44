namespace Krisenstab.Contracts.Tasking;

/// <summary>
/// A task was issued to a responsible unit (a department or team, by its configured code and German name). The issuer
/// is the event's actor; the crisis, when there is one, is in the event's metadata and in <see cref="CrisisId"/>.
/// </summary>
[EventName("tasking.task-issued.v1")]
public sealed record TaskIssued(
    Guid TaskId,
    string Title,
    string Description,
    string Unit,
    string UnitName,
    TaskPriority Priority,
    DateTimeOffset DueAt,
    Guid? CrisisId,
    TaskLinks Links,
    DateTimeOffset IssuedAt) : ITaskEvent;

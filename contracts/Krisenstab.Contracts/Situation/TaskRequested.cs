namespace Krisenstab.Contracts.Situation;

/// <summary>
/// A meeting's decision asks for a task: the tasks service turns this into a task (idempotently by
/// <see cref="TaskRequestId"/>). <see cref="ResponsibleUnit"/> is a configured staff function's code,
/// <see cref="ResponsibleUnitName"/> its German name.
/// </summary>
[EventName("situation.task-requested.v1")]
public sealed record TaskRequested(
    Guid CrisisId,
    Guid MeetingId,
    Guid DecisionId,
    Guid TaskRequestId,
    string Title,
    string ResponsibleUnit,
    string ResponsibleUnitName,
    DateTimeOffset DueAt,
    DateTimeOffset RequestedAt);

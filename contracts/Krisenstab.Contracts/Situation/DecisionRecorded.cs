namespace Krisenstab.Contracts.Situation;

/// <summary>A decision of a crisis meeting; when it asks for a task, <see cref="TaskRequested"/> follows in the same append.</summary>
[EventName("situation.decision-recorded.v1")]
public sealed record DecisionRecorded(
    Guid CrisisId,
    Guid MeetingId,
    Guid DecisionId,
    string Text,
    RequestedTask? Task,
    DateTimeOffset RecordedAt);

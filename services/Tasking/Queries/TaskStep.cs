namespace Krisenstab.Tasking.Queries;

/// <summary>One step in a task's history, for its issuer: what happened (the event's wire kind), when, by whom, with which note.</summary>
public sealed record TaskStep(string Kind, DateTimeOffset At, string? By, string? Note);

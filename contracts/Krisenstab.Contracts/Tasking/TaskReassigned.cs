namespace Krisenstab.Contracts.Tasking;

/// <summary>The task moved from <see cref="PreviousUnit"/> to <see cref="Unit"/>, which has to accept it anew.</summary>
[EventName("tasking.task-reassigned.v1")]
public sealed record TaskReassigned(Guid TaskId, string PreviousUnit, string Unit, string UnitName, DateTimeOffset ReassignedAt, string Title = "") : ITaskEvent;

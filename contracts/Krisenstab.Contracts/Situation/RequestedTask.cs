namespace Krisenstab.Contracts.Situation;

/// <summary>The task a decision asks for: who (a staff function's code and German name), what, by when.</summary>
public sealed record RequestedTask(Guid TaskRequestId, string Title, string ResponsibleUnit, string ResponsibleUnitName, DateTimeOffset DueAt);

namespace Krisenstab.Contracts.Situation;

[EventName("situation.crisis-closed.v1")]
public sealed record CrisisClosed(Guid CrisisId, DateTimeOffset ClosedAt, string? Reason);

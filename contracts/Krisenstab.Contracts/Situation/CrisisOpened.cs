namespace Krisenstab.Contracts.Situation;

[EventName("situation.crisis-opened.v1")]
public sealed record CrisisOpened(Guid CrisisId, string Name, string Region, DateTimeOffset OpenedAt);

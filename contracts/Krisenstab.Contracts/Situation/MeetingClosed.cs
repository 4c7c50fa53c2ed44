namespace Krisenstab.Contracts.Situation;

/// <summary>A meeting ended and set the next one (<see cref="NextMeetingId"/> at <see cref="NextMeetingAt"/>), scheduled in the same append.</summary>
[EventName("situation.meeting-closed.v1")]
public sealed record MeetingClosed(Guid CrisisId, Guid MeetingId, DateTimeOffset ClosedAt, Guid NextMeetingId, DateTimeOffset NextMeetingAt);

namespace Krisenstab.Contracts.Situation;

/// <summary>
/// A crisis meeting (Lagebesprechung) is set for <see cref="StartsAt"/>, with its attendees and its agenda in the
/// configured speaking order (the situation first, the head of staff last). <see cref="PreviousMeetingId"/> names the
/// meeting that set this one.
/// </summary>
[EventName("situation.meeting-scheduled.v1")]
public sealed record MeetingScheduled(
    Guid CrisisId,
    Guid MeetingId,
    DateTimeOffset StartsAt,
    IReadOnlyList<MeetingAttendee> Attendees,
    IReadOnlyList<AgendaItem> Agenda,
    Guid? PreviousMeetingId,
    DateTimeOffset ScheduledAt);

using Krisenstab.Contracts.Situation;

namespace Krisenstab.SituationReports.Meetings;

public sealed record ScheduleMeetingRequest(DateTimeOffset? StartsAt, IReadOnlyList<AttendeeInput?>? Attendees);

public sealed record NoteRequest(MeetingNoteKind? Kind, string? Text, string? Function);

public sealed record DecisionRequest(string? Text, TaskInput? Task);

public sealed record CloseMeetingRequest(DateTimeOffset? NextMeetingAt);

public sealed record DecisionCreated(Guid Id, Guid? TaskRequestId);

public sealed record MeetingClosedResponse(Guid NextMeetingId, DateTimeOffset NextMeetingAt);

/// <summary>A meeting as read back from its stream.</summary>
public sealed record MeetingView(
    Guid Id, Guid CrisisId, DateTimeOffset StartsAt, IReadOnlyList<MeetingAttendee> Attendees, IReadOnlyList<AgendaItem> Agenda,
    IReadOnlyList<MeetingNoteRecorded> Notes, IReadOnlyList<DecisionRecorded> Decisions, Guid? PreviousMeetingId, MeetingClosed? Closed)
{
    public static MeetingView From(Meeting m) => new(m.Id, m.CrisisId, m.StartsAt, m.Attendees, m.Agenda, m.Notes, m.Decisions, m.PreviousMeetingId, m.Closed);
}

namespace Krisenstab.Contracts.Situation;

/// <summary>A fact, an assumption or an open question brought up in a meeting, by a staff function where said.</summary>
[EventName("situation.meeting-note-recorded.v1")]
public sealed record MeetingNoteRecorded(
    Guid CrisisId,
    Guid MeetingId,
    Guid NoteId,
    MeetingNoteKind Kind,
    string Text,
    string? Function,
    DateTimeOffset RecordedAt);

using System.Collections.Immutable;
using Krisenstab.Contracts.Situation;

namespace Krisenstab.SituationReports.Meetings;

/// <summary>A crisis meeting as its stream <c>meeting-{id}</c> tells it.</summary>
public sealed record Meeting
{
    public static Meeting None { get; } = new();

    public Guid Id { get; init; }
    public Guid CrisisId { get; init; }
    public DateTimeOffset StartsAt { get; init; }
    public ImmutableArray<MeetingAttendee> Attendees { get; init; } = [];
    public ImmutableArray<AgendaItem> Agenda { get; init; } = [];
    public Guid? PreviousMeetingId { get; init; }
    public ImmutableList<MeetingNoteRecorded> Notes { get; init; } = [];
    public ImmutableList<DecisionRecorded> Decisions { get; init; } = [];
    public MeetingClosed? Closed { get; init; }

    public bool Exists => Id != Guid.Empty;

    public Meeting Apply(object @event) => @event switch
    {
        MeetingScheduled e => new Meeting
        {
            Id = e.MeetingId, CrisisId = e.CrisisId, StartsAt = e.StartsAt, Attendees = [.. e.Attendees], Agenda = [.. e.Agenda], PreviousMeetingId = e.PreviousMeetingId,
        },
        MeetingNoteRecorded e => this with { Notes = Notes.Add(e) },
        DecisionRecorded e => this with { Decisions = Decisions.Add(e) },
        MeetingClosed e => this with { Closed = e },
        _ => this,
    };
}

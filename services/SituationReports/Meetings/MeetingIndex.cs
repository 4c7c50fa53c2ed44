using System.Collections.Immutable;
using Krisenstab.Contracts.Situation;

namespace Krisenstab.SituationReports.Meetings;

/// <summary>The meetings of every crisis, for the list and the next meeting; in memory, folded with <see cref="Meeting.Apply"/>.</summary>
public sealed class MeetingIndex
{
    private readonly Lock _gate = new();
    private ImmutableDictionary<Guid, Meeting> _meetings = ImmutableDictionary<Guid, Meeting>.Empty;

    public void Apply(object @event)
    {
        var meetingId = @event switch
        {
            MeetingScheduled e => e.MeetingId,
            MeetingNoteRecorded e => e.MeetingId,
            DecisionRecorded e => e.MeetingId,
            MeetingClosed e => e.MeetingId,
            _ => (Guid?)null,
        };
        if (meetingId is not { } id)
        {
            return;
        }
        lock (_gate)
        {
            _meetings = _meetings.SetItem(id, (_meetings.GetValueOrDefault(id) ?? Meeting.None).Apply(@event));
        }
    }

    public IReadOnlyList<MeetingSummary> Of(Guid crisisId) =>
        [.. _meetings.Values.Where(m => m.CrisisId == crisisId).OrderBy(m => m.StartsAt).Select(MeetingSummary.From)];
}

/// <summary>A meeting in the list: when, whether it is over, how many decisions and tasks.</summary>
public sealed record MeetingSummary(Guid Id, DateTimeOffset StartsAt, bool Closed, int Decisions, int TasksRequested, int OpenQuestions, Guid? PreviousMeetingId)
{
    public static MeetingSummary From(Meeting m) =>
        new(m.Id, m.StartsAt, m.Closed is not null, m.Decisions.Count, m.Decisions.Count(d => d.Task is not null), m.Notes.Count(n => n.Kind == MeetingNoteKind.OpenQuestion), m.PreviousMeetingId);
}

/// <summary>The crisis's meetings and the next one: the earliest that is not over.</summary>
public sealed record MeetingList(MeetingSummary? Next, IReadOnlyList<MeetingSummary> Meetings);

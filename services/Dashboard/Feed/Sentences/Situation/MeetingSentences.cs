using Krisenstab.Contracts.Situation;

namespace Krisenstab.Dashboard.Feed.Sentences.Situation;

/// <summary>Crisis meetings (Lagebesprechungen), their notes and decisions, and the tasks they ask for.</summary>
internal static class MeetingSentences
{
    public static Sentence Scheduled(MeetingScheduled e)
    {
        var at = SituationWords.Time(e.StartsAt);
        return new($"Lagebesprechung angesetzt: {at.De}", $"Crisis meeting set: {at.En}");
    }

    public static Sentence Noted(MeetingNoteRecorded e)
    {
        var kind = SituationWords.Of(e.Kind);
        var by = e.Function is null ? "" : $" ({e.Function})";
        return new($"Lagebesprechung: {kind.De} festgehalten{by}", $"Crisis meeting: {kind.En} noted{by}");
    }

    public static Sentence Decided(DecisionRecorded e) => e.Task is { } task
        ? new($"Beschluss: {e.Text} — Auftrag an {task.ResponsibleUnitName}", $"Decision: {e.Text} — task for {task.ResponsibleUnitName}")
        : new($"Beschluss: {e.Text}", $"Decision: {e.Text}");

    public static Sentence TaskRequested(TaskRequested e)
    {
        var due = SituationWords.Time(e.DueAt);
        return new($"Auftrag angefordert: {e.Title} ({e.ResponsibleUnitName}, bis {due.De})", $"Task requested: {e.Title} ({e.ResponsibleUnitName}, due {due.En})");
    }

    public static Sentence Closed(MeetingClosed e)
    {
        var next = SituationWords.Time(e.NextMeetingAt);
        return new($"Lagebesprechung beendet, nächste: {next.De}", $"Crisis meeting closed, next: {next.En}");
    }
}

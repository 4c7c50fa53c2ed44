using System.Globalization;
using System.Text;
using Krisenstab.Contracts.Situation;
using Krisenstab.SituationReports.Consolidated;

namespace Krisenstab.SituationReports.Meetings;

/// <summary>The minutes of a meeting as one readable German document (Markdown): agenda, facts, assumptions and open questions apart, decisions with their tasks, the next meeting.</summary>
public static class MeetingMinutes
{
    public const string ContentType = "text/markdown; charset=utf-8";

    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    public static string Render(Meeting meeting)
    {
        var text = new StringBuilder();
        text.AppendLine(German, $"# Protokoll der Lagebesprechung am {When(meeting.StartsAt)}").AppendLine();
        text.AppendLine(German, $"Teilnehmende: {(meeting.Attendees.IsEmpty ? "—" : string.Join("; ", meeting.Attendees.Select(Attendee)))}").AppendLine();
        text.AppendLine("## Tagesordnung");
        foreach (var item in meeting.Agenda)
        {
            text.AppendLine(German, $"{item.Position}. {item.Function} {item.FunctionName}");
        }
        Notes(text, "Fakten", meeting, MeetingNoteKind.Fact);
        Notes(text, "Annahmen", meeting, MeetingNoteKind.Assumption);
        Notes(text, "Offene Fragen", meeting, MeetingNoteKind.OpenQuestion);
        text.AppendLine().AppendLine("## Beschlüsse");
        foreach (var (decision, number) in meeting.Decisions.Select((d, i) => (d, i + 1)))
        {
            text.AppendLine(German, $"{number}. {decision.Text}");
            if (decision.Task is { } task)
            {
                text.AppendLine(German, $"   Auftrag: {task.Title} — zuständig: {task.ResponsibleUnit} {task.ResponsibleUnitName} — bis {When(task.DueAt)}");
            }
        }
        if (meeting.Decisions.IsEmpty)
        {
            text.AppendLine("keine");
        }
        text.AppendLine().AppendLine("## Nächste Lagebesprechung");
        text.AppendLine(meeting.Closed is { } closed ? When(closed.NextMeetingAt) : "noch nicht festgelegt (die Besprechung läuft)");
        return text.ToString();
    }

    private static void Notes(StringBuilder text, string heading, Meeting meeting, MeetingNoteKind kind)
    {
        text.AppendLine().AppendLine(German, $"## {heading}");
        var notes = meeting.Notes.Where(n => n.Kind == kind).ToList();
        foreach (var note in notes)
        {
            text.AppendLine(German, $"- {note.Text}{(note.Function is null ? "" : $" ({note.Function})")}");
        }
        if (notes.Count == 0)
        {
            text.AppendLine("keine");
        }
    }

    private static string Attendee(MeetingAttendee attendee) =>
        string.Join(" ", new[] { attendee.Function, attendee.FunctionName, attendee.Unit is null ? null : $"({attendee.Unit})" }.OfType<string>());

    private static string When(DateTimeOffset at) => GermanTerms.WallTime(at);
}

using Krisenstab.Contracts.Situation;

namespace Krisenstab.Dashboard.Pictures.Sections.Situation;

/// <summary>A crisis meeting as the picture shows it: when, who, the agenda, whether it is over.</summary>
public sealed record MeetingView(Guid MeetingId, DateTimeOffset StartsAt, IReadOnlyList<MeetingAttendee> Attendees, IReadOnlyList<AgendaItem> Agenda, bool Closed)
{
    public static MeetingView Of(MeetingScheduled e) => new(e.MeetingId, e.StartsAt, e.Attendees, e.Agenda, false);
}

/// <summary>
/// A decision that asked for a task, open until the tasks service reports that task completed or cancelled (its
/// <c>tasking.*</c> events, when they reach the crisis journal). <see cref="TaskId"/> is set once the task was issued.
/// </summary>
public sealed record OpenDecision(
    Guid DecisionId,
    Guid MeetingId,
    string Text,
    string TaskTitle,
    string ResponsibleUnit,
    string ResponsibleUnitName,
    DateTimeOffset DueAt,
    DateTimeOffset RecordedAt,
    Guid? TaskId = null);

/// <summary>The latest consolidated situation report (Lagemeldung): where it stands in draft → released → sent.</summary>
public sealed record ConsolidatedReportStatus(Guid ReportId, ConsolidatedReportStage Stage, int? Number, string? Recipient, DateTimeOffset At);

public enum ConsolidatedReportStage
{
    Draft,
    Released,
    Sent,
}

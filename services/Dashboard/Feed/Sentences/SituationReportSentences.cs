using Krisenstab.Contracts.Situation;
using Krisenstab.Dashboard.Feed.Sentences.Situation;

namespace Krisenstab.Dashboard.Feed.Sentences;

/// <summary>
/// The sentences of the situation service (announcements, arrivals, sector reports, Lagemeldungen, incidents, meetings)'s
/// events; null for any other event. Never an incident's text (sealed anyway), nor who drafted or released a report.
/// </summary>
public static class SituationReportSentences
{
    public static Sentence? Of(object @event) => @event switch
    {
        AllocationAnnounced e => AllocationSentences.Announced(e),
        AllocationChanged e => AllocationSentences.Changed(e),
        AllocationCancelled e => AllocationSentences.Cancelled(e),
        ArrivalRecorded e => AllocationSentences.Arrived(e),
        SectorReportFiled e => ReportSentences.Filed(e),
        ConsolidatedReportDrafted => new("Lagemeldung entworfen", "Situation report drafted"),
        ConsolidatedReportEdited => new("Lagemeldung überarbeitet", "Situation report edited"),
        ConsolidatedReportReleased => new("Lagemeldung freigegeben", "Situation report released"),
        ConsolidatedReportSent e => ReportSentences.Sent(e),
        IncidentReported e => IncidentSentences.Reported(e),
        IncidentUpdated e => IncidentSentences.Updated(e),
        IncidentClosed e => IncidentSentences.Closed(e),
        MeetingScheduled e => MeetingSentences.Scheduled(e),
        MeetingNoteRecorded e => MeetingSentences.Noted(e),
        DecisionRecorded e => MeetingSentences.Decided(e),
        TaskRequested e => MeetingSentences.TaskRequested(e),
        MeetingClosed e => MeetingSentences.Closed(e),
        _ => null,
    };
}

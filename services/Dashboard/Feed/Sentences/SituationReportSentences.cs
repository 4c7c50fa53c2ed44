namespace Krisenstab.Dashboard.Feed.Sentences;

/// <summary>The sentences of the situation service (announcements, arrivals, sector reports, Lagemeldungen, incidents, meetings)'s events; null for any other event.</summary>
public static class SituationReportSentences
{
    public static Sentence? Of(object @event) => @event switch
    {
        _ => null,
    };
}

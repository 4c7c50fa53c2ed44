namespace Krisenstab.Dashboard.Feed.Sentences;

/// <summary>The sentences of communication's events; null for any other event.</summary>
public static class CommunicationSentences
{
    public static Sentence? Of(object @event) => @event switch
    {
        _ => null,
    };
}

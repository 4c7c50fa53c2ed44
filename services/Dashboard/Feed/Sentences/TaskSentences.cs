namespace Krisenstab.Dashboard.Feed.Sentences;

/// <summary>The sentences of the tasks's events; null for any other event.</summary>
public static class TaskSentences
{
    public static Sentence? Of(object @event) => @event switch
    {
        _ => null,
    };
}

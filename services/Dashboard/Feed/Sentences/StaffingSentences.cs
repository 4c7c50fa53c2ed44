namespace Krisenstab.Dashboard.Feed.Sentences;

/// <summary>The sentences of the staff pool's events; null for any other event.</summary>
public static class StaffingSentences
{
    public static Sentence? Of(object @event) => @event switch
    {
        _ => null,
    };
}

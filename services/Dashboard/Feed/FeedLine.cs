using Krisenstab.Dashboard.Journal;

namespace Krisenstab.Dashboard.Feed;

/// <summary>
/// One line of a feed: a journal entry as a one-line sentence in German and in English, without its time (the reader
/// puts the time in front in its own format). <see cref="Id"/> is the entry's event id.
/// </summary>
public sealed record FeedLine(Guid Id, DateTimeOffset OccurredAt, string EventType, string De, string En)
{
    public static FeedLine Of(JournalEntry entry)
    {
        var sentence = FeedSentences.Of(entry.Event, entry.EventType);
        return new(entry.EventId, entry.Metadata.OccurredAt, entry.EventType, sentence.De, sentence.En);
    }
}

namespace Krisenstab.Dashboard.Journal;

/// <summary>A journal entry as the API shows it: the event's wire name and data, when and by whom.</summary>
public sealed record JournalEntryView(Guid EventId, string EventType, DateTimeOffset OccurredAt, string? ActorId, string? ActorRole, object Data)
{
    public static JournalEntryView From(JournalEntry entry) =>
        new(entry.EventId, entry.EventType, entry.Metadata.OccurredAt, entry.Metadata.ActorId, entry.Metadata.ActorRole, entry.Event);
}

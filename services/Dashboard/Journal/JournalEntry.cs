using Krisenstab.Contracts;

namespace Krisenstab.Dashboard.Journal;

/// <summary>One public event in a crisis journal, with when and by whom it happened.</summary>
public sealed record JournalEntry(Guid EventId, string EventType, object Event, EventMetadata Metadata);

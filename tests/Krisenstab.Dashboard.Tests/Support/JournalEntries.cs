using Krisenstab.Contracts;
using Krisenstab.Dashboard.Journal;

namespace Krisenstab.Dashboard.Tests.Support;

/// <summary>Journal entries as the consumers record them, for the fold and feed tests.</summary>
public static class JournalEntries
{
    public static JournalEntry Of(object @event, DateTimeOffset at, Guid? crisisId = null) =>
        new(Guid.CreateVersion7(), EventTypeMap.Public.NameOf(@event.GetType()), @event, new EventMetadata { OccurredAt = at, CrisisId = crisisId });
}

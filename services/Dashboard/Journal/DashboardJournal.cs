using Krisenstab.Contracts;
using Krisenstab.EventStore;
using Microsoft.Extensions.DependencyInjection;

namespace Krisenstab.Dashboard.Journal;

/// <summary>
/// The dashboard's journals, the replayable logs of what happened: consumed public events appended, unchanged, to a
/// journal stream (<see cref="JournalStreams"/>) in the dashboard's own store. The caller chooses the entry's id; the
/// id is the store's de-duplication key, so recording the same entry again stores it once.
/// <para>
/// Entries are stored as <c>journal:{wire name}</c>: private to the dashboard, so that its store-to-bus publisher
/// does not publish other services' events a second time.
/// </para>
/// </summary>
public sealed class DashboardJournal([FromKeyedServices(DashboardModule.StoreName)] IEventStore store, EventSerializer serializer)
{
    public const string EntryTypePrefix = "journal:";

    public Task RecordAsync(StreamName journal, Guid entryId, object @event, EventMetadata metadata, CancellationToken cancellationToken)
    {
        var data = serializer.Serialize(@event, metadata, entryId);
        return store.AppendAsync(journal, ExpectedVersion.Any, [data with { EventType = EntryTypePrefix + data.EventType }], cancellationToken);
    }

    public async Task<IReadOnlyList<JournalEntry>> ReadAsync(StreamName journal, CancellationToken cancellationToken)
    {
        var recorded = await store.ReadStreamAsync(journal, 0, cancellationToken);
        return [.. recorded.Select(ToEntry).OfType<JournalEntry>()];
    }

    /// <summary>The entry, or null for a stored event that is not a journal entry this build knows (a newer service's event).</summary>
    public JournalEntry? ToEntry(RecordedEvent recorded)
    {
        if (!recorded.EventType.StartsWith(EntryTypePrefix, StringComparison.Ordinal))
        {
            return null;
        }
        var original = recorded with { EventType = recorded.EventType[EntryTypePrefix.Length..] };
        return serializer.TryDeserialize(original, out var @event)
            ? new JournalEntry(original.EventId, original.EventType, @event!, original.Metadata)
            : null;
    }
}

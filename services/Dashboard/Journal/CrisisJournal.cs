using Krisenstab.Contracts;
using Krisenstab.EventStore;
using Microsoft.Extensions.DependencyInjection;

namespace Krisenstab.Dashboard.Journal;

/// <summary>
/// The crisis journal, the replayable log of everything that happened in a crisis: each consumed public event
/// appended, unchanged and under its original event id, to the stream <c>journal-{crisisId}</c> in the dashboard's
/// own store. Because the id is the store's de-duplication key, a redelivered message is stored once.
/// </summary>
public sealed class CrisisJournal([FromKeyedServices(DashboardModule.StoreName)] IEventStore store, EventSerializer serializer)
{
    public const string Category = "journal";

    public static StreamName StreamOf(Guid crisisId) => StreamName.For(Category, crisisId);

    /// <summary>The crisis a journal stream belongs to, or null for a stream that is not a journal.</summary>
    public static Guid? CrisisOf(string stream) =>
        stream.StartsWith(Category + "-", StringComparison.Ordinal) && Guid.TryParseExact(stream[(Category.Length + 1)..], "N", out var id)
            ? id
            : null;

    public Task RecordAsync(Guid crisisId, Guid eventId, object @event, EventMetadata metadata, CancellationToken cancellationToken) =>
        store.AppendAsync(StreamOf(crisisId), ExpectedVersion.Any, [serializer.Serialize(@event, metadata, eventId)], cancellationToken);

    public async Task<IReadOnlyList<JournalEntry>> ReadAsync(Guid crisisId, CancellationToken cancellationToken)
    {
        var recorded = await store.ReadStreamAsync(StreamOf(crisisId), 0, cancellationToken);
        return [.. recorded.Select(ToEntry).OfType<JournalEntry>()];
    }

    /// <summary>The entry, or null for an event this build does not know (a newer service's event).</summary>
    public JournalEntry? ToEntry(RecordedEvent recorded) =>
        serializer.TryDeserialize(recorded, out var @event)
            ? new JournalEntry(recorded.EventId, recorded.EventType, @event!, recorded.Metadata)
            : null;
}

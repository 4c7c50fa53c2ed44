using System.Collections.Concurrent;
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
/// does not publish other services' events a second time. Each entry is chained (<see cref="JournalChain"/>): its
/// <see cref="JournalLink"/> is appended to the journal's chain stream in the same transaction, both at the exact
/// version the writer last saw, so two writers (two replicas) can never fork a chain; the loser re-reads the head and
/// tries again.
/// </para>
/// </summary>
public sealed class DashboardJournal([FromKeyedServices(DashboardModule.StoreName)] IEventStore store, EventSerializer serializer)
{
    public const string EntryTypePrefix = "journal:";
    private const int Attempts = 10;

    private readonly ConcurrentDictionary<string, SemaphoreSlim> _turns = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ChainHead> _heads = new(StringComparer.Ordinal);

    public async Task RecordAsync(StreamName journal, Guid entryId, object @event, EventMetadata metadata, CancellationToken cancellationToken)
    {
        var serialized = serializer.Serialize(@event, metadata, entryId);
        var data = serialized with { EventType = EntryTypePrefix + serialized.EventType };
        var turn = _turns.GetOrAdd(journal.Value, _ => new SemaphoreSlim(1, 1));
        await turn.WaitAsync(cancellationToken);
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                if (await store.FindEventAsync(entryId, cancellationToken) is not null)
                {
                    return;
                }
                var head = _heads.TryGetValue(journal.Value, out var known) ? known : await ReadHeadAsync(journal, cancellationToken);
                var link = new JournalLink(head.Version + 1, entryId,
                    JournalChain.Hash(head.Hash, journal.Value, head.Version + 1, entryId, data.EventType, data.Data, data.Metadata));
                try
                {
                    await store.AppendAsync([
                        new StreamAppend(journal, ExpectedVersion.After(head.Version), [data]),
                        new StreamAppend(JournalStreams.ChainOf(journal), ExpectedVersion.After(head.Version), [link.ToEventData(data.Metadata)]),
                    ], cancellationToken);
                    _heads[journal.Value] = new ChainHead(link.Version, link.Hash);
                    return;
                }
                catch (WrongExpectedVersionException) when (attempt < Attempts)
                {
                    _heads.TryRemove(journal.Value, out _);
                }
            }
        }
        finally
        {
            turn.Release();
        }
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

    private async Task<ChainHead> ReadHeadAsync(StreamName journal, CancellationToken cancellationToken)
    {
        var links = await store.ReadStreamAsync(JournalStreams.ChainOf(journal), 0, cancellationToken);
        return links.Count > 0 && JournalLink.From(links[^1]) is { } last ? new ChainHead(last.Version, last.Hash) : ChainHead.Empty;
    }
}

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

    private readonly ConcurrentDictionary<string, ChainTail> _tails = new(StringComparer.Ordinal);

    public async Task RecordAsync(StreamName journal, Guid entryId, object @event, EventMetadata metadata, CancellationToken cancellationToken)
    {
        var serialized = serializer.Serialize(@event, metadata, entryId);
        var data = serialized with { EventType = EntryTypePrefix + serialized.EventType };
        var tail = _tails.GetOrAdd(journal.Value, _ => new ChainTail());
        for (var attempt = 1; ; attempt++)
        {
            if (await store.FindEventAsync(entryId, cancellationToken) is not null)
            {
                return;
            }
            var appended = await AppendNextAsync(tail, journal, entryId, data, cancellationToken);
            try
            {
                await appended;
                return;
            }
            catch (WrongExpectedVersionException) when (attempt < Attempts)
            {
                await tail.ForgetHeadAsync(cancellationToken);
            }
        }
    }

    /// <summary>
    /// Links the entry to the head this process expects and hands both to the store's group commit, then lets the next
    /// entry link to it at once: entries of one journal queue in order and share commits instead of waiting for each
    /// other's flush. Only linking and queueing take the journal's turn; the expected version still decides.
    /// </summary>
    private async Task<Task> AppendNextAsync(ChainTail tail, StreamName journal, Guid entryId, EventData data, CancellationToken cancellationToken)
    {
        await tail.Turn.WaitAsync(cancellationToken);
        try
        {
            var head = tail.Head ?? await ReadHeadAsync(journal, cancellationToken);
            var link = new JournalLink(head.Version + 1, entryId,
                JournalChain.Hash(head.Hash, journal.Value, head.Version + 1, entryId, data.EventType, data.Data, data.Metadata));
            var appended = store.AppendAsync([
                new StreamAppend(journal, ExpectedVersion.After(head.Version), [data]),
                new StreamAppend(JournalStreams.ChainOf(journal), ExpectedVersion.After(head.Version), [link.ToEventData(data.Metadata)]),
            ], cancellationToken);
            tail.Head = new ChainHead(link.Version, link.Hash);
            tail.Latest = appended;
            return appended;
        }
        finally
        {
            tail.Turn.Release();
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

    /// <summary>Where this process expects a journal's chain to end, and the latest append it queued there.</summary>
    private sealed class ChainTail
    {
        public SemaphoreSlim Turn { get; } = new(1, 1);

        /// <summary>The head after the latest queued append; null when it must be read from the store.</summary>
        public ChainHead? Head { get; set; }

        public Task Latest { get; set; } = Task.CompletedTask;

        /// <summary>
        /// After a conflict: once every append queued so far has settled, the head is read again from the store (where a
        /// second replica or a failed append may have left it elsewhere).
        /// </summary>
        public async Task ForgetHeadAsync(CancellationToken cancellationToken)
        {
            await Turn.WaitAsync(cancellationToken);
            try
            {
                await Latest.ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
                Head = null;
            }
            finally
            {
                Turn.Release();
            }
        }
    }

    private async Task<ChainHead> ReadHeadAsync(StreamName journal, CancellationToken cancellationToken)
    {
        var links = await store.ReadStreamAsync(JournalStreams.ChainOf(journal), 0, cancellationToken);
        return links.Count > 0 && JournalLink.From(links[^1]) is { } last ? new ChainHead(last.Version, last.Hash) : ChainHead.Empty;
    }
}

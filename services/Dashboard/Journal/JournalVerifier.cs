using Krisenstab.EventStore;
using Microsoft.Extensions.DependencyInjection;

namespace Krisenstab.Dashboard.Journal;

/// <summary>
/// Re-computes a journal's hash chain from the stored rows (<see cref="JournalChain"/>) and compares it link by link
/// with the stored chain, and with a kept <see cref="JournalAnchor"/> if one is given.
/// </summary>
public sealed class JournalVerifier([FromKeyedServices(DashboardModule.StoreName)] IEventStore store)
{
    public async Task<JournalVerification> VerifyAsync(StreamName journal, JournalAnchor? anchor, CancellationToken cancellationToken)
    {
        var entries = await store.ReadStreamAsync(journal, 0, cancellationToken);
        var links = (await store.ReadStreamAsync(JournalStreams.ChainOf(journal), 0, cancellationToken)).Select(JournalLink.From).ToList();
        var hashes = new List<string>(entries.Count);
        var previous = JournalChain.Genesis;
        BrokenLink? broken = null;
        for (var version = 0; version < Math.Max(entries.Count, links.Count) && broken is null; version++)
        {
            var entry = version < entries.Count ? entries[version] : null;
            var link = version < links.Count ? links[version] : null;
            broken = Check(journal, version, previous, entry, link);
            previous = link?.Hash ?? previous;
            hashes.Add(previous);
        }
        var length = broken?.Version ?? entries.Count;
        var head = length == 0 ? JournalChain.Genesis : hashes[(int)length - 1];
        return new JournalVerification(journal.Value, length, head, broken, anchor is null ? null : Compare(anchor, hashes, length));
    }

    private static BrokenLink? Check(StreamName journal, long version, string previous, RecordedEvent? entry, JournalLink? link)
    {
        if (entry is null)
        {
            return new BrokenLink(version, link?.EventId, null, "The entry is missing: its link is stored, the entry is not.");
        }
        if (entry.StreamVersion != version)
        {
            return new BrokenLink(version, entry.EventId, entry.EventType, $"An entry is missing before this one (it is stored at {entry.StreamVersion}).");
        }
        if (link is null || link.Version != version || link.EventId != entry.EventId)
        {
            return new BrokenLink(version, entry.EventId, entry.EventType, "The entry has no link of its own in the chain.");
        }
        var hash = JournalChain.Hash(previous, journal.Value, version, entry.EventId, entry.EventType, entry.Data, entry.Metadata);
        return hash == link.Hash
            ? null
            : new BrokenLink(version, entry.EventId, entry.EventType, "The entry's hash does not match its link: the entry was changed after it was recorded.");
    }

    private static AnchorCheck Compare(JournalAnchor anchor, List<string> hashes, long verifiedLength)
    {
        if (anchor.Length > verifiedLength)
        {
            return new AnchorCheck(anchor.ToString(), false, $"The anchor covers {anchor.Length} entries; only {verifiedLength} verify.");
        }
        var hashThere = anchor.Length == 0 ? JournalChain.Genesis : hashes[(int)anchor.Length - 1];
        return hashThere == anchor.Head
            ? new AnchorCheck(anchor.ToString(), true, null)
            : new AnchorCheck(anchor.ToString(), false, $"The chain at entry {anchor.Length} is not the anchored one: the journal was rewritten.");
    }
}

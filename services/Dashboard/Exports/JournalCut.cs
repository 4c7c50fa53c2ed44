using Krisenstab.Dashboard.Journal;
using Krisenstab.EventStore;

namespace Krisenstab.Dashboard.Exports;

/// <summary>
/// A journal as it stands at the start of an export: its length and chain head (the last stored link) and where its
/// rows lie in the store, so that the export reads exactly that many entries however the journal grows meanwhile.
/// </summary>
public sealed record JournalCut(StreamName Journal, ChainHead Head, long FirstPosition, long LastPosition)
{
    public long Length => Head.Length;

    public ExportedJournal Exported => new(Journal.Value, Length, JournalAnchor.Of(Head).ToString());

    /// <summary>The journal's cut, or null when it has no entries.</summary>
    public static async Task<JournalCut?> TakeAsync(IEventStore store, StreamName journal, CancellationToken cancellationToken)
    {
        var links = await store.ReadStreamAsync(JournalStreams.ChainOf(journal), 0, cancellationToken);
        if (links.Count == 0 || JournalLink.From(links[^1]) is not { } last || JournalLink.From(links[0]) is not { } first)
        {
            return null;
        }
        var firstEntry = await store.FindEventAsync(first.EventId, cancellationToken);
        return new JournalCut(journal, new ChainHead(last.Version, last.Hash), (firstEntry?.GlobalPosition ?? links[0].GlobalPosition) - 1, links[^1].GlobalPosition);
    }
}

using System.Runtime.CompilerServices;
using Krisenstab.Dashboard.Journal;
using Krisenstab.EventStore;

namespace Krisenstab.Dashboard.Exports;

/// <summary>One stored journal row with its stored chain link (null when the chain holds none for it).</summary>
public sealed record LinkedRow(RecordedEvent Entry, JournalLink? Link);

/// <summary>
/// Reads the rows of some journals, each up to its <see cref="JournalCut"/>, in the store's global order, a batch at
/// a time: the entries and their links (appended in the same transaction, the link right after its entry) are paired
/// as they pass, so only one batch is held however long the journals are.
/// </summary>
public static class JournalScan
{
    private const int Batch = 2048;

    public static async IAsyncEnumerable<LinkedRow> RowsAsync(
        IEventStore store, IReadOnlyList<JournalCut> cuts, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var byJournal = cuts.ToDictionary(c => c.Journal.Value, StringComparer.Ordinal);
        var byChain = cuts.ToDictionary(c => JournalStreams.ChainOf(c.Journal).Value, c => c.Journal.Value, StringComparer.Ordinal);
        var waiting = new Dictionary<(string Journal, long Version), RecordedEvent>();
        var after = cuts.Min(c => c.FirstPosition);
        var until = cuts.Max(c => c.LastPosition);
        while (after < until)
        {
            var batch = await store.ReadAllAsync(after, Batch, cancellationToken);
            if (batch.Count == 0)
            {
                break;
            }
            foreach (var row in batch.TakeWhile(r => r.GlobalPosition <= until))
            {
                if (byJournal.TryGetValue(row.Stream, out var cut) && row.StreamVersion < cut.Length)
                {
                    waiting[(row.Stream, row.StreamVersion)] = row;
                }
                else if (byChain.TryGetValue(row.Stream, out var journal) && waiting.Remove((journal, row.StreamVersion), out var entry))
                {
                    yield return new LinkedRow(entry, JournalLink.From(row));
                }
            }
            after = batch[^1].GlobalPosition;
        }
        foreach (var unlinked in waiting.Values.OrderBy(r => r.GlobalPosition))
        {
            yield return new LinkedRow(unlinked, null);
        }
    }
}

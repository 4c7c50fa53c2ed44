using Krisenstab.Dashboard.Journal;

namespace Krisenstab.Dashboard.Replay;

/// <summary>One entry of a replay's tape: a journal entry and whether it is the crisis's or the district's accommodation journal's.</summary>
public sealed record TapeEntry(JournalEntry Entry, bool FromCrisisJournal)
{
    public DateTimeOffset OccurredAt => Entry.Metadata.OccurredAt;
}

/// <summary>
/// What a replay plays: the entries of the crisis journal and of the accommodation journal that occurred in its
/// period, in the order they occurred (equal times: the crisis journal's first, then journal order). Read once at
/// the start; immutable, so ticks and jumps read it from any thread.
/// </summary>
public sealed class ReplayTape
{
    private readonly TapeEntry[] _entries;

    private ReplayTape(TapeEntry[] entries) => _entries = entries;

    public int Count => _entries.Length;

    public TapeEntry this[int index] => _entries[index];

    public static ReplayTape Of(IEnumerable<JournalEntry> crisisJournal, IEnumerable<JournalEntry> accommodationJournal, DateTimeOffset from, DateTimeOffset to)
    {
        bool Within(JournalEntry e) => e.Metadata.OccurredAt > from && e.Metadata.OccurredAt <= to;
        var entries = crisisJournal.Where(Within).Select(e => new TapeEntry(e, true))
            .Concat(accommodationJournal.Where(Within).Select(e => new TapeEntry(e, false)))
            .Select((entry, order) => (entry, order))
            .OrderBy(x => x.entry.OccurredAt).ThenBy(x => x.order)
            .Select(x => x.entry);
        return new ReplayTape([.. entries]);
    }

    /// <summary>The index of the first entry that occurred after <paramref name="moment"/> (<see cref="Count"/> when none did).</summary>
    public int FirstAfter(DateTimeOffset moment)
    {
        var (low, high) = (0, _entries.Length);
        while (low < high)
        {
            var middle = (low + high) / 2;
            (low, high) = _entries[middle].OccurredAt <= moment ? (middle + 1, high) : (low, middle);
        }
        return low;
    }
}

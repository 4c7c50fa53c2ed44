using Krisenstab.Dashboard.Feed;
using Krisenstab.Dashboard.Journal;

namespace Krisenstab.Dashboard.Snapshots;

/// <summary>
/// Periodic snapshots of one journal's fold, for "as of" answers that fold a few thousand entries instead of the whole
/// journal. Every <c>every</c> entries a <see cref="Moment{TState}"/> is kept, and for each stretch after a moment
/// the earliest time in it.
/// <para>
/// "As of T" folds, in journal order, every entry that occurred at or before T — and the bus promises no order, so
/// a later entry may have occurred earlier. The moment to start from is therefore the latest one whose entries all
/// occurred by T, and the entries to fold after it are those of every later stretch whose earliest time is ≤ T
/// (<see cref="Plan"/>); <see cref="Complete"/> folds them. Written by one projection in store order, read from any
/// thread.
/// </para>
/// </summary>
public sealed class JournalTimeline<TState>(TState empty, Func<TState, JournalEntry, TState> apply, int source, Func<JournalEntry, bool> inFeed, int every)
{
    private readonly Lock _lock = new();
    private readonly List<Moment<TState>> _moments = [new(0, 0, DateTimeOffset.MinValue, empty, [])];
    private readonly List<DateTimeOffset> _earliestAfter = [DateTimeOffset.MaxValue];
    private Moment<TState> _current = new(0, 0, DateTimeOffset.MinValue, empty, []);

    public long Count => _current.Count;

    public void Add(JournalEntry entry, long position)
    {
        var occurredAt = entry.Metadata.OccurredAt;
        var newest = inFeed(entry) ? RankedLine.Newest([.. _current.Newest, Ranked(entry, _current.Count)], CrisisFeed.PictureLines) : _current.Newest;
        var next = new Moment<TState>(_current.Count + 1, position, Max(_current.Latest, occurredAt), apply(_current.State, entry), newest);
        lock (_lock)
        {
            if (_current.Count == 0)
            {
                // Reading for the first stretch starts just before the journal's first entry, not at the store's start.
                _moments[0] = _moments[0] with { Position = position - 1 };
            }
            _current = next;
            if (occurredAt < _earliestAfter[^1])
            {
                _earliestAfter[^1] = occurredAt;
            }
            if (next.Count % every == 0)
            {
                _moments.Add(next);
                _earliestAfter.Add(DateTimeOffset.MaxValue);
            }
        }
    }

    /// <summary>
    /// Where to start for "as of <paramref name="asOf"/>": the moment, and the global position up to which the
    /// journal's entries after it must be read (null: to the end of the store, the stretch still being written).
    /// </summary>
    public (Moment<TState> From, long? Until) Plan(DateTimeOffset asOf)
    {
        lock (_lock)
        {
            if (_current.Count == 0)
            {
                return (_moments[0], 0);
            }
            var start = LatestMomentBy(asOf);
            var last = start;
            for (var stretch = start + 1; stretch < _earliestAfter.Count; stretch++)
            {
                if (_earliestAfter[stretch] <= asOf)
                {
                    last = stretch;
                }
            }
            return (_moments[start], last + 1 < _moments.Count ? _moments[last + 1].Position : null);
        }
    }

    /// <summary>The moment folded on by the entries after it (in journal order) that occurred by <paramref name="asOf"/>.</summary>
    public Moment<TState> Complete(Moment<TState> from, IEnumerable<JournalEntry> entriesAfter, DateTimeOffset asOf)
    {
        var (state, count, latest, lines) = (from.State, from.Count, from.Latest, new List<RankedLine>(from.Newest));
        var arrival = from.Count;
        foreach (var entry in entriesAfter)
        {
            if (entry.Metadata.OccurredAt <= asOf)
            {
                state = apply(state, entry);
                count++;
                latest = Max(latest, entry.Metadata.OccurredAt);
                if (inFeed(entry))
                {
                    lines.Add(Ranked(entry, arrival));
                }
            }
            arrival++;
        }
        return new Moment<TState>(count, 0, latest, state, RankedLine.Newest(lines, CrisisFeed.PictureLines));
    }

    private int LatestMomentBy(DateTimeOffset asOf)
    {
        var (low, high) = (0, _moments.Count - 1);
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            (low, high) = _moments[middle].Latest <= asOf ? (middle, high) : (low, middle - 1);
        }
        return low;
    }

    private RankedLine Ranked(JournalEntry entry, long arrival) => new(FeedLine.Of(entry), source, arrival);

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}

namespace Krisenstab.EventStore;

/// <summary>The latest folded state of at most <paramref name="capacity"/> streams, least recently used evicted first.</summary>
internal sealed class StreamStateCache<TState>(int capacity)
{
    private readonly Dictionary<string, LinkedListNode<(string Stream, FoldedState<TState> Folded)>> _entries = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Stream, FoldedState<TState> Folded)> _recency = new();
    private readonly Lock _lock = new();

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _entries.Count;
            }
        }
    }

    public FoldedState<TState>? Find(StreamName stream)
    {
        lock (_lock)
        {
            if (!_entries.TryGetValue(stream.Value, out var node))
            {
                return null;
            }
            _recency.Remove(node);
            _recency.AddFirst(node);
            return node.Value.Folded;
        }
    }

    /// <summary>
    /// Keeps the state unless a later one is kept already (concurrent loads may finish out of order), and the latest
    /// snapshot version either knows: an append settled after a snapshot was stored must not make it look due again.
    /// </summary>
    public void Remember(StreamName stream, FoldedState<TState> folded)
    {
        if (capacity <= 0)
        {
            return;
        }
        lock (_lock)
        {
            if (_entries.TryGetValue(stream.Value, out var node))
            {
                var kept = node.Value.Folded;
                var snapshotVersion = Math.Max(kept.SnapshotVersion, folded.SnapshotVersion);
                var latest = kept.Version <= folded.Version ? folded : kept;
                node.Value = (stream.Value, latest.SnapshotVersion == snapshotVersion ? latest : latest with { SnapshotVersion = snapshotVersion });
                _recency.Remove(node);
                _recency.AddFirst(node);
                return;
            }
            _entries[stream.Value] = _recency.AddFirst((stream.Value, folded));
            if (_entries.Count > capacity)
            {
                _entries.Remove(_recency.Last!.Value.Stream);
                _recency.RemoveLast();
            }
        }
    }

    public void Forget(StreamName stream)
    {
        lock (_lock)
        {
            if (_entries.Remove(stream.Value, out var node))
            {
                _recency.Remove(node);
            }
        }
    }
}

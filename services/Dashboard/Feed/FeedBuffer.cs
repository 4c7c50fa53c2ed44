namespace Krisenstab.Dashboard.Feed;

/// <summary>The latest lines of one journal, at most <see cref="CrisisFeed.MaxLines"/>; written by one projection, read from any thread.</summary>
internal sealed class FeedBuffer
{
    private readonly Queue<FeedLine> _lines = new();
    private readonly Lock _lock = new();

    public void Add(FeedLine line)
    {
        lock (_lock)
        {
            _lines.Enqueue(line);
            if (_lines.Count > CrisisFeed.MaxLines)
            {
                _lines.Dequeue();
            }
        }
    }

    public IReadOnlyList<FeedLine> NewestFirst()
    {
        lock (_lock)
        {
            return [.. _lines.Reverse()];
        }
    }
}

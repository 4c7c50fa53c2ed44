using System.Collections.Concurrent;

namespace Krisenstab.Dashboard.Feed;

/// <summary>
/// The latest feed lines in memory, rebuilt from the journals at every start like the pictures: the district's
/// accommodation lines (kept by the board's projection) and each crisis's situation lines (kept by the pictures').
/// </summary>
public sealed class LiveFeeds
{
    private readonly FeedBuffer _accommodation = new();
    private readonly ConcurrentDictionary<Guid, FeedBuffer> _crises = new();

    public void AddAccommodation(FeedLine line) => _accommodation.Add(line);

    public void AddSituation(Guid crisisId, FeedLine line) => _crises.GetOrAdd(crisisId, _ => new FeedBuffer()).Add(line);

    /// <summary>The crisis's feed, newest first, at most <paramref name="limit"/> (≤ <see cref="CrisisFeed.MaxLines"/>) lines.</summary>
    public IReadOnlyList<FeedLine> Of(Guid crisisId, int limit) =>
        CrisisFeed.Merge(_crises.TryGetValue(crisisId, out var situation) ? situation.NewestFirst() : [], _accommodation.NewestFirst(), limit);
}

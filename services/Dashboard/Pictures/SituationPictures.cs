using System.Collections.Concurrent;
using Krisenstab.Dashboard.Board;
using Krisenstab.Dashboard.Feed;
using Krisenstab.Dashboard.Journal;

namespace Krisenstab.Dashboard.Pictures;

/// <summary>
/// The live situation pictures, one per crisis; kept current by <see cref="PictureProjection"/>. Every picture handed
/// out carries the current accommodation board as its <see cref="SituationPicture.Accommodation"/> section and the
/// crisis's latest feed lines.
/// </summary>
public sealed class SituationPictures(LiveAccommodationBoard board, LiveFeeds feeds)
{
    private readonly ConcurrentDictionary<Guid, SituationPicture> _pictures = new();
    private long _position;

    public SituationPicture? Find(Guid crisisId) => _pictures.TryGetValue(crisisId, out var picture) ? WithSections(picture) : null;

    public IReadOnlyList<SituationPicture> All() => [.. _pictures.Values.OrderByDescending(p => p.LastUpdate).Select(WithSections)];

    /// <summary>The crises whose situation rooms may be at work: open, or known only from later events so far.</summary>
    public IEnumerable<Guid> UnclosedCrises() => _pictures.Values.Where(p => p.Status != CrisisPhase.Closed).Select(p => p.CrisisId);

    /// <summary>
    /// Applies the entry stored at <paramref name="position"/> and returns the changed picture; null if that position
    /// was applied already (a batch handed over again after a failure). Called by one projection, in store order.
    /// </summary>
    public SituationPicture? Apply(Guid crisisId, JournalEntry entry, long position)
    {
        if (position <= _position)
        {
            return null;
        }
        _position = position;
        var picture = SituationPicture.Apply(_pictures.GetValueOrDefault(crisisId) ?? SituationPicture.Empty(crisisId), entry);
        _pictures[crisisId] = picture;
        if (CrisisFeed.IsSituationEntry(entry))
        {
            feeds.AddSituation(crisisId, FeedLine.Of(entry));
        }
        return WithSections(picture);
    }

    private SituationPicture WithSections(SituationPicture picture) => picture with
    {
        Accommodation = board.Current,
        Feed = feeds.Of(picture.CrisisId, CrisisFeed.PictureLines),
    };
}

using System.Collections.Concurrent;
using Krisenstab.Dashboard.Journal;

namespace Krisenstab.Dashboard.Pictures;

/// <summary>The live situation pictures, one per crisis; kept current by <see cref="PictureProjection"/>.</summary>
public sealed class SituationPictures
{
    private readonly ConcurrentDictionary<Guid, SituationPicture> _pictures = new();
    private long _position;

    public SituationPicture? Find(Guid crisisId) => _pictures.GetValueOrDefault(crisisId);

    public IReadOnlyList<SituationPicture> All() => [.. _pictures.Values.OrderByDescending(p => p.LastUpdate)];

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
        return _pictures[crisisId] = SituationPicture.Apply(Find(crisisId) ?? SituationPicture.Empty(crisisId), entry);
    }
}

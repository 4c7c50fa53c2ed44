using System.Collections.Concurrent;
using Krisenstab.Dashboard.Journal;

namespace Krisenstab.Dashboard.Pictures;

/// <summary>The live situation pictures, one per crisis; kept current by the journal projection.</summary>
public sealed class SituationPictures
{
    private readonly ConcurrentDictionary<Guid, SituationPicture> _pictures = new();

    public SituationPicture? Find(Guid crisisId) => _pictures.GetValueOrDefault(crisisId);

    public IReadOnlyList<SituationPicture> All() => [.. _pictures.Values.OrderByDescending(p => p.LastUpdate)];

    /// <summary>Applies the entry and returns the changed picture. Called by one projection only, in journal order.</summary>
    public SituationPicture Apply(Guid crisisId, JournalEntry entry) =>
        _pictures[crisisId] = SituationPicture.Apply(Find(crisisId) ?? SituationPicture.Empty(crisisId), entry);
}

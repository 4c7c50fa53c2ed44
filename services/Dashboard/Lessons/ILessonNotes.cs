using Krisenstab.EventStore;

namespace Krisenstab.Dashboard.Lessons;

/// <summary>The lessons learned of a crisis, read only: for the replay's timeline and the exports.</summary>
public interface ILessonNotes
{
    /// <summary>The crisis's notes by the moment they are about (empty when it has none).</summary>
    Task<IReadOnlyList<LessonNote>> ListAsync(Guid crisisId, CancellationToken cancellationToken = default);
}

public sealed class LessonNotes(AggregateStore<CrisisLessons> store) : ILessonNotes
{
    public async Task<IReadOnlyList<LessonNote>> ListAsync(Guid crisisId, CancellationToken cancellationToken = default) =>
        (await store.LoadAsync(crisisId, cancellationToken)).State.ByMoment();
}

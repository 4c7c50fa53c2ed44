using Krisenstab.Contracts;
using Krisenstab.EventStore;

namespace Krisenstab.Dashboard.Lessons;

/// <summary>
/// An analyst noted a lesson about a moment of a crisis. Private to the dashboard (stream <c>lessons-{crisisId}</c>,
/// never in the crisis journal, which stays the unaltered record of what happened).
/// </summary>
[EventName("dashboard.lesson-noted.private.v1")]
public sealed record LessonNoted(Guid NoteId, DateTimeOffset Moment, LessonCategory Category, string Text, string? Author, string? AuthorRole, DateTimeOffset WrittenAt);

public static class LessonEvents
{
    /// <summary>The lessons' events stay in the dashboard's store: the store-to-bus publisher does not know them.</summary>
    public static EventTypeMap Map { get; } = EventTypeMap.FromTypes(typeof(LessonNoted));
}

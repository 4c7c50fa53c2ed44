namespace Krisenstab.EventStore;

/// <summary>One stream's part of an append: its expected version and the events to add to it.</summary>
public sealed record StreamAppend(StreamName Stream, ExpectedVersion Expected, IReadOnlyList<EventData> Events)
{
    /// <summary>
    /// When set, the stream's event at the version it is found at must have this id, or the append is a conflict: the
    /// events were decided on a state that ends with that event (e.g. one that was still being committed), and a
    /// version alone cannot tell that event from another writer's.
    /// </summary>
    public Guid? AfterEventId { get; init; }
}

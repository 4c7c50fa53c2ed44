namespace Krisenstab.EventStore;

/// <summary>An aggregate as loaded: its state, the version to expect when appending next, and its recorded events.</summary>
public sealed record LoadedAggregate<TState>(StreamName Stream, TState State, long Version, IReadOnlyList<RecordedEvent> Events)
{
    public bool Exists => Version >= 0;

    public ExpectedVersion NextExpected => ExpectedVersion.After(Version);

    public RecordedEvent? Find(Guid eventId) => Events.FirstOrDefault(e => e.EventId == eventId);
}

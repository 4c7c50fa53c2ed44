namespace Krisenstab.EventStore;

/// <summary>An aggregate as loaded: its state and the version to expect when appending next.</summary>
public sealed record LoadedAggregate<TState>(StreamName Stream, TState State, long Version)
{
    public bool Exists => Version >= 0;

    public ExpectedVersion NextExpected => ExpectedVersion.After(Version);

    /// <summary>The id of the event at <see cref="Version"/>; null when the stream does not exist.</summary>
    public Guid? LastEventId { get; init; }
}

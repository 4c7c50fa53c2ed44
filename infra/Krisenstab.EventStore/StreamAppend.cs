namespace Krisenstab.EventStore;

/// <summary>One stream's part of an append: its expected version and the events to add to it.</summary>
public sealed record StreamAppend(StreamName Stream, ExpectedVersion Expected, IReadOnlyList<EventData> Events);

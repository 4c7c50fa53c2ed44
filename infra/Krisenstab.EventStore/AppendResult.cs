namespace Krisenstab.EventStore;

/// <summary>The stream's version after the append (its last event's version) and that event's global position.</summary>
public sealed record AppendResult(long NextExpectedVersion, long LastGlobalPosition);

namespace Krisenstab.EventStore.Appending;

/// <summary>Where a stream ends: its last event's version and id, or -1 and null when it does not exist.</summary>
internal readonly record struct StreamEnd(long Version, Guid? LastEventId)
{
    public static StreamEnd NoStream { get; } = new(-1, null);
}

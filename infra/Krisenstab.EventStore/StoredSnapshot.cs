namespace Krisenstab.EventStore;

/// <summary>
/// A stream's state as JSON (UTF-8) after the event <paramref name="LastEventId"/> at <paramref name="Version"/>;
/// <paramref name="Shape"/> names the state's type and JSON shape, so a changed type never reads an old snapshot.
/// </summary>
public sealed record StoredSnapshot(StreamName Stream, long Version, Guid LastEventId, string Shape, byte[] Data);

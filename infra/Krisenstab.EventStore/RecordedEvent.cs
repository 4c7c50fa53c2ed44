using Krisenstab.Contracts;

namespace Krisenstab.EventStore;

/// <summary>An event as stored: its envelope (ids, stream, versions, position) with data and metadata.</summary>
public sealed record RecordedEvent(
    Guid EventId,
    string Stream,
    long StreamVersion,
    long GlobalPosition,
    string EventType,
    string Data,
    EventMetadata Metadata);

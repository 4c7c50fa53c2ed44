using Krisenstab.Contracts;

namespace Krisenstab.EventStore;

/// <summary>An event to append. <paramref name="Data"/> is JSON; the id makes a retried append idempotent.</summary>
public sealed record EventData(Guid EventId, string EventType, string Data, EventMetadata Metadata);

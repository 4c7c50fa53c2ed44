namespace Krisenstab.EventStore.Appending;

/// <summary>Where an event id is already stored: used to recognise a retried append.</summary>
internal sealed record StoredEventRef(Guid EventId, string Stream, long StreamVersion, long GlobalPosition);

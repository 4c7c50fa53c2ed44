namespace Krisenstab.Contracts;

/// <summary>A public event as it travels on the bus: the event itself plus where it was stored.</summary>
public sealed record EventEnvelope<TEvent>(
    Guid EventId,
    string Stream,
    long StreamVersion,
    long GlobalPosition,
    TEvent Data,
    EventMetadata Metadata)
    where TEvent : class;

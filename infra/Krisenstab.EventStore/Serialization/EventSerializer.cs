using System.Text.Json;
using Krisenstab.Contracts;

namespace Krisenstab.EventStore;

/// <summary>
/// Turns event records into stored <see cref="EventData"/> and back, by their stable wire names
/// (<see cref="EventTypeMap"/>) and the one contract JSON shape (<see cref="ContractJson.Options"/>).
/// </summary>
public sealed class EventSerializer(EventTypeMap types, TimeProvider? timeProvider = null)
{
    private readonly TimeProvider _timeProvider = timeProvider ?? TimeProvider.System;

    public EventTypeMap Types { get; } = types;

    /// <summary>The event as stored; its id is a new UUID v7 (time-ordered) unless given.</summary>
    public EventData Serialize(object @event, EventMetadata metadata, Guid? eventId = null)
    {
        ArgumentNullException.ThrowIfNull(@event);
        ArgumentNullException.ThrowIfNull(metadata);
        var type = @event.GetType();
        return new EventData(
            eventId ?? Guid.CreateVersion7(_timeProvider.GetUtcNow()),
            Types.NameOf(type),
            JsonSerializer.Serialize(@event, type, ContractJson.Options),
            metadata);
    }

    /// <summary>The event record; throws when its wire name is not in the map.</summary>
    public object Deserialize(RecordedEvent recorded) =>
        TryDeserialize(recorded, out var @event)
            ? @event!
            : throw new InvalidOperationException(
                $"Event type '{recorded.EventType}' at position {recorded.GlobalPosition} ('{recorded.Stream}' version {recorded.StreamVersion}) is not in the event type map.");

    /// <summary>False for a wire name this map does not know (e.g. another module's private event).</summary>
    public bool TryDeserialize(RecordedEvent recorded, out object? @event)
    {
        ArgumentNullException.ThrowIfNull(recorded);
        if (!Types.TryGetType(recorded.EventType, out var type))
        {
            @event = null;
            return false;
        }
        @event = JsonSerializer.Deserialize(recorded.Data, type, ContractJson.Options)
            ?? throw new InvalidOperationException($"Event at position {recorded.GlobalPosition} has null data.");
        return true;
    }
}

using System.Diagnostics;
using Krisenstab.Contracts;
using Krisenstab.EventStore;
using Krisenstab.Messaging.Delivery;
using Krisenstab.Messaging.Envelope;
using MassTransit;

namespace Krisenstab.Messaging.Publishing;

/// <summary>
/// Publishes the public events of a batch read from a service's own store, in store order, each as a message whose id is
/// the event id. Each publish returns only after the broker confirmed it (RabbitMQ publisher confirms), so the
/// subscription may store its checkpoint once this returns: an event is never lost, and one published again after a
/// crash carries the same message id, which consumers' inboxes recognise. Private events (wire names not in the map)
/// are skipped. On the in-memory transport a publish completes on enqueue; there the publisher first tells the
/// <see cref="DeliveryTracker"/> which consumers must finish before the event counts as delivered (and waits while too
/// many events are on their way).
/// </summary>
public sealed class StoreToBusPublisher
{
    /// <summary>The activity source of the publishes, for OpenTelemetry's <c>AddSource</c>.</summary>
    public const string ActivitySourceName = "Krisenstab.Messaging";

    private static readonly ActivitySource Source = new(ActivitySourceName);

    private readonly IPublishEndpoint _bus;
    private readonly EventSerializer _serializer;
    private readonly TrackedDelivery? _delivery;

    public StoreToBusPublisher(IPublishEndpoint bus, EventTypeMap events)
        : this(bus, events, null)
    {
    }

    internal StoreToBusPublisher(IPublishEndpoint bus, EventTypeMap events, TrackedDelivery? delivery)
    {
        _bus = bus;
        _serializer = new EventSerializer(events);
        _delivery = delivery;
    }

    public async Task PublishAsync(IReadOnlyList<RecordedEvent> batch, CancellationToken cancellationToken)
    {
        foreach (var recorded in batch)
        {
            if (_serializer.TryDeserialize(recorded, out var @event) && @event is not null)
            {
                if (_delivery is not null)
                {
                    await _delivery.ExpectAsync(recorded.EventId, recorded.GlobalPosition, @event.GetType(), cancellationToken);
                }
                using var activity = StartActivity(recorded);
                await _bus.Publish(@event, @event.GetType(), Pipe.Execute<PublishContext>(context => context.WriteEnvelope(recorded)), cancellationToken);
            }
        }
    }

    /// <summary>Continues the trace of the command that caused the event, so the publish and its consumers join it.</summary>
    private static Activity? StartActivity(RecordedEvent recorded)
    {
        ActivityContext.TryParse(recorded.Metadata.TraceParent, null, out var parent);
        return Source.StartActivity($"publish {recorded.EventType}", ActivityKind.Producer, parent);
    }
}

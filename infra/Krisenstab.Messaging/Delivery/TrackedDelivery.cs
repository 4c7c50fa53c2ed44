namespace Krisenstab.Messaging.Delivery;

/// <summary>One publisher's view of the <see cref="DeliveryTracker"/>: its store's watermark.</summary>
internal sealed class TrackedDelivery(DeliveryTracker tracker, DeliveryWatermark watermark)
{
    public ValueTask ExpectAsync(Guid eventId, long position, Type eventType, CancellationToken cancellationToken) =>
        tracker.ExpectAsync(watermark, eventId, position, eventType, cancellationToken);
}

namespace Krisenstab.Messaging.Delivery;

/// <summary>One publisher's view of the <see cref="DeliveryTracker"/>: its store's watermark.</summary>
internal sealed class TrackedDelivery(DeliveryTracker tracker, DeliveryWatermark watermark)
{
    public void Expect(Guid eventId, long position, Type eventType) => tracker.Expect(watermark, eventId, position, eventType);
}

using System.Collections.Concurrent;

namespace Krisenstab.Messaging.Delivery;

/// <summary>
/// Embedded mode (in-memory transport) only: the in-memory bus keeps messages in memory, and its publish completes on
/// enqueue, so "published" does not mean "safe". This tracker counts, per published event, the service consumers on
/// this bus that still have to handle it; the store-to-bus publisher persists only the <see cref="DeliveryWatermark"/>
/// (all consumed up to here), so a crash before a consumer finished republishes the event at the next start.
/// </summary>
internal sealed class DeliveryTracker(IEnumerable<ExpectedConsumer> consumers)
{
    private readonly ExpectedConsumer[] _consumers = consumers.ToArray();
    private readonly ConcurrentDictionary<Type, string[]> _consumersByType = new();
    private readonly ConcurrentDictionary<Guid, PendingDelivery> _pending = new();

    /// <summary>Call BEFORE publishing: the consumers may finish before the publish returns.</summary>
    public void Expect(DeliveryWatermark watermark, Guid messageId, long position, Type messageType)
    {
        var expected = _consumersByType.GetOrAdd(messageType,
            type => _consumers.Where(consumer => consumer.Consumes(type)).Select(consumer => consumer.Name).ToArray());
        if (expected.Length == 0)
        {
            return;
        }
        // Already pending when a failed batch is published again: the first delivery to finish completes it.
        if (_pending.TryAdd(messageId, new PendingDelivery(watermark, position, expected)))
        {
            watermark.Expect(position);
        }
    }

    /// <summary>The consumer <paramref name="consumerName"/> handled the message (or found it in its inbox).</summary>
    public void Consumed(string consumerName, Guid messageId)
    {
        if (_pending.TryGetValue(messageId, out var delivery) && delivery.Complete(consumerName)
            && _pending.TryRemove(new KeyValuePair<Guid, PendingDelivery>(messageId, delivery)))
        {
            delivery.Watermark.Delivered(delivery.Position);
        }
    }

    private sealed class PendingDelivery(DeliveryWatermark watermark, long position, IEnumerable<string> consumers)
    {
        private readonly HashSet<string> _remaining = new(consumers, StringComparer.Ordinal);

        public DeliveryWatermark Watermark => watermark;

        public long Position => position;

        /// <summary>True once the last expected consumer completed.</summary>
        public bool Complete(string consumerName)
        {
            lock (_remaining)
            {
                return _remaining.Remove(consumerName) && _remaining.Count == 0;
            }
        }
    }
}

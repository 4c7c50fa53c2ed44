using System.Collections.Concurrent;

namespace Krisenstab.Messaging.Delivery;

/// <summary>
/// Embedded mode (in-memory transport) only: the in-memory bus keeps messages in memory, and its publish completes on
/// enqueue, so "published" does not mean "safe". This tracker counts, per published event, the service consumers on
/// this bus that still have to handle it; the store-to-bus publisher persists only the <see cref="DeliveryWatermark"/>
/// (all consumed up to here), so a crash before a consumer finished republishes the event at the next start.
/// <para>
/// It also bounds what the in-memory bus holds: at most <see cref="MaxPending"/> events are on their way at once, and a
/// publisher waits for room before it publishes more. Under overload the events wait in their stores (durable, costing
/// no memory) instead of in the bus's queues, so the process's memory stays flat while consumers catch up.
/// </para>
/// </summary>
internal sealed class DeliveryTracker(IEnumerable<ExpectedConsumer> consumers) : IDisposable
{
    /// <summary>Events published and not yet handled by every consumer, at most (a few MB of messages).</summary>
    public const int MaxPending = 2_048;

    private readonly ExpectedConsumer[] _consumers = consumers.ToArray();
    private readonly SemaphoreSlim _room = new(MaxPending, MaxPending);
    private readonly ConcurrentDictionary<Type, string[]> _consumersByType = new();
    private readonly ConcurrentDictionary<Guid, PendingDelivery> _pending = new();

    /// <summary>True while <see cref="MaxPending"/> events are on their way (a publisher waits for room).</summary>
    public bool Full => _room.CurrentCount == 0;

    /// <summary>Call BEFORE publishing (the consumers may finish before the publish returns); waits while <see cref="MaxPending"/> are on their way.</summary>
    public async ValueTask ExpectAsync(DeliveryWatermark watermark, Guid messageId, long position, Type messageType, CancellationToken cancellationToken)
    {
        var expected = _consumersByType.GetOrAdd(messageType,
            type => _consumers.Where(consumer => consumer.Consumes(type)).Select(consumer => consumer.Name).ToArray());
        // Already pending when a failed batch is published again: the first delivery to finish completes it.
        if (expected.Length == 0 || _pending.ContainsKey(messageId))
        {
            return;
        }
        await _room.WaitAsync(cancellationToken);
        if (_pending.TryAdd(messageId, new PendingDelivery(watermark, position, expected)))
        {
            watermark.Expect(position);
        }
        else
        {
            _room.Release();
        }
    }

    /// <summary>The consumer <paramref name="consumerName"/> handled the message (or found it in its inbox).</summary>
    public void Consumed(string consumerName, Guid messageId)
    {
        if (_pending.TryGetValue(messageId, out var delivery) && delivery.Complete(consumerName)
            && _pending.TryRemove(new KeyValuePair<Guid, PendingDelivery>(messageId, delivery)))
        {
            delivery.Watermark.Delivered(delivery.Position);
            _room.Release();
        }
    }

    public void Dispose() => _room.Dispose();

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

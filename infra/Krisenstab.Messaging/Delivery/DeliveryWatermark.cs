namespace Krisenstab.Messaging.Delivery;

/// <summary>
/// How far one store's events are delivered: the highest global position up to which every event has been handed to
/// the bus AND handled by every consumer expecting it. It only moves forward: events are expected only beyond what was
/// handed over, and an event leaves the pending set only when its last consumer finished.
/// </summary>
internal sealed class DeliveryWatermark
{
    private readonly Lock _lock = new();
    private readonly SortedSet<long> _pending = [];
    private long _handedUpTo;
    private TaskCompletionSource _advanced = NewSignal();

    /// <summary>The position every event up to which has been consumed; where a restart may resume publishing.</summary>
    public long Current
    {
        get
        {
            lock (_lock)
            {
                return Compute();
            }
        }
    }

    /// <summary>Completes at the next move of <see cref="Current"/>; take it BEFORE reading <see cref="Current"/>.</summary>
    public Task NextAdvance
    {
        get
        {
            lock (_lock)
            {
                return _advanced.Task;
            }
        }
    }

    /// <summary>Everything up to <paramref name="position"/> was handed to the bus (or was private and needs no delivery).</summary>
    public void HandedOver(long position) => Change(() => _handedUpTo = Math.Max(_handedUpTo, position));

    /// <summary>The event at <paramref name="position"/> is about to be published and awaits its consumers.</summary>
    public void Expect(long position) => Change(() => _pending.Add(position));

    /// <summary>Every consumer of the event at <paramref name="position"/> has handled it.</summary>
    public void Delivered(long position) => Change(() => _pending.Remove(position));

    private void Change(Action change)
    {
        TaskCompletionSource? advanced = null;
        lock (_lock)
        {
            var before = Compute();
            change();
            if (Compute() != before)
            {
                advanced = _advanced;
                _advanced = NewSignal();
            }
        }
        advanced?.TrySetResult();
    }

    private long Compute() => _pending.Count == 0 ? _handedUpTo : Math.Min(_pending.Min - 1, _handedUpTo);

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}

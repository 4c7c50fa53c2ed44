using Krisenstab.EventStore;
using Microsoft.Extensions.Logging;

namespace Krisenstab.Messaging.Delivery;

/// <summary>
/// The publisher subscription's checkpoints in embedded mode: a batch handed to the in-memory bus moves only the
/// in-memory <see cref="DeliveryWatermark"/>; what is persisted is the watermark (see <see cref="PersistAsync"/>), so
/// the next start resumes after the last event every consumer finished, not after the last one enqueued.
/// </summary>
internal sealed class DeliveredCheckpointStore(ICheckpointStore stored, DeliveryWatermark watermark, ILogger logger) : ICheckpointStore
{
    public async Task<long?> LoadAsync(string subscriptionId, CancellationToken cancellationToken = default)
    {
        var position = await stored.LoadAsync(subscriptionId, cancellationToken);
        watermark.HandedOver(position ?? 0);
        return position;
    }

    public Task StoreAsync(string subscriptionId, long position, CancellationToken cancellationToken = default)
    {
        watermark.HandedOver(position);
        return Task.CompletedTask;
    }

    /// <summary>
    /// Stores the watermark whenever it moves, until cancelled; then once more, so a clean stop repeats nothing. A failed
    /// store is logged and tried again at the next move: a lagging checkpoint only means repeats (inboxes drop them).
    /// </summary>
    public async Task PersistAsync(string subscriptionId, CancellationToken cancellationToken)
    {
        var persisted = await stored.LoadAsync(subscriptionId, cancellationToken) ?? 0;
        try
        {
            while (true)
            {
                var advanced = watermark.NextAdvance;
                persisted = await StoreIfMovedAsync(subscriptionId, persisted, cancellationToken);
                await advanced.WaitAsync(cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await StoreIfMovedAsync(subscriptionId, persisted, CancellationToken.None);
        }
    }

    private async Task<long> StoreIfMovedAsync(string subscriptionId, long persisted, CancellationToken cancellationToken)
    {
        var current = watermark.Current;
        if (current <= persisted)
        {
            return persisted;
        }
        try
        {
            await stored.StoreAsync(subscriptionId, current, cancellationToken);
            return current;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning(exception, "Subscription {Subscription} could not store its delivered position {Position}; retrying at the next delivery.",
                subscriptionId, current);
            return persisted;
        }
    }
}

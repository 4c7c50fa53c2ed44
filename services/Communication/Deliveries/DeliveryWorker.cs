using Krisenstab.Communication.Board;
using Krisenstab.Communication.Channels;
using Krisenstab.Communication.Messages;
using Krisenstab.Contracts;
using Krisenstab.EventStore;
using Krisenstab.ServiceDefaults.Commands;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Krisenstab.Communication.Deliveries;

/// <summary>
/// Makes the deliveries that are due — new ones and failed ones whose backoff has passed — through their channel and
/// records each attempt's outcome on the message's stream. Driven by the <see cref="TimeProvider"/>.
/// </summary>
public sealed class DeliveryWorker(
    MessageBoard board,
    CommandRunner<Message> messages,
    IEnumerable<IDeliveryChannel> channels,
    CommunicationSettings settings,
    TimeProvider time,
    ILogger<DeliveryWorker> logger) : BackgroundService
{
    public const string Actor = "communication-delivery";

    private readonly Dictionary<Contracts.Communication.MessageChannel, IDeliveryChannel> _channels = channels.ToDictionary(c => c.Channel);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(settings.DeliveryPollInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await DeliverDueAsync(stoppingToken);
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                logger.LogWarning(failure, "Delivering messages failed; trying again at the next tick.");
            }
        }
    }

    public async Task DeliverDueAsync(CancellationToken cancellationToken)
    {
        foreach (var id in board.WithDeliveriesDue(time.GetUtcNow()))
        {
            var loaded = await messages.Store.LoadAsync(id, cancellationToken);
            var message = loaded.State;
            foreach (var delivery in message.Deliveries.Values.Where(d => DeliveryCommands.IsDue(message, d, time.GetUtcNow())))
            {
                var version = message.Versions.Single(v => v.Number == delivery.Version);
                var outcome = await _channels[delivery.Target.Channel].DeliverAsync(message, version, delivery.Target, cancellationToken);
                var now = time.GetUtcNow();
                var metadata = new EventMetadata { OccurredAt = now, CrisisId = message.CrisisId, ActorId = Actor, CorrelationId = Guid.CreateVersion7(now) };
                await messages.RunAsync(
                    messages.Store.StreamOf(id), (state, at) => DeliveryCommands.Record(state, delivery.Key, outcome, settings.Backoff, at), metadata, cancellationToken);
            }
        }
    }
}

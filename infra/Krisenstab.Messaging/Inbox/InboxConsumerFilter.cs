using Krisenstab.EventStore;
using Krisenstab.Messaging.Delivery;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Krisenstab.Messaging.Inbox;

/// <summary>
/// De-duplicates deliveries to one consumer by message id, in the consuming service's own store (its <see cref="IInbox"/>,
/// keyed by store name).
/// <para>
/// The bus delivers at least once: a message is redelivered when its ack is lost (crash, connection drop) and the
/// store-to-bus publisher publishes an event again when it crashed between the broker's confirm and its checkpoint.
/// The inbox is marked only AFTER the consumer succeeded, so a failure before the mark means the message is handled
/// again, never lost. The narrow window between the consumer's own writes and the mark (or two deliveries running at
/// once) is why consumers must also be idempotent themselves: derive the ids of events they append from the message id
/// (<see cref="DerivedIds"/>), so that the store's idempotent append ignores the repeat.
/// </para>
/// <para>On the in-memory transport, a handled or skipped message is reported to the <see cref="DeliveryTracker"/>.</para>
/// </summary>
internal sealed class InboxConsumerFilter<TConsumer>(string storeName, string consumerName) : IFilter<ConsumerConsumeContext<TConsumer>>
    where TConsumer : class
{
    public async Task Send(ConsumerConsumeContext<TConsumer> context, IPipe<ConsumerConsumeContext<TConsumer>> next)
    {
        var messageId = context.MessageId
            ?? throw new InvalidOperationException($"{consumerName} received a message without a message id; it cannot be de-duplicated.");
        var services = context.GetPayload<IServiceProvider>();
        var inbox = services.GetRequiredKeyedService<IInbox>(storeName);
        if (!await inbox.HasProcessedAsync(consumerName, messageId, context.CancellationToken))
        {
            await next.Send(context);
            await inbox.MarkProcessedAsync(consumerName, messageId, CancellationToken.None);
        }
        services.GetService<DeliveryTracker>()?.Consumed(consumerName, messageId);
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("inbox").Add("store", storeName);
}

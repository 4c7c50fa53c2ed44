using System.Globalization;
using Krisenstab.Messaging.Envelope;
using MassTransit;

namespace Krisenstab.Dashboard.Tests.Support;

public static class StoredEventPublishing
{
    /// <summary>Publishes a message as the store-to-bus publisher would a stored event: its id as the message id, the envelope headers.</summary>
    public static Task PublishAsStoredAsync<T>(this IBus bus, T message, Guid eventId, DateTimeOffset occurredAt, Guid? crisisId)
        where T : class =>
        bus.Publish(message, context =>
        {
            context.MessageId = eventId;
            context.Headers.Set(EnvelopeHeaders.OccurredAt, occurredAt.ToString("O", CultureInfo.InvariantCulture));
            if (crisisId is not null)
            {
                context.Headers.Set(EnvelopeHeaders.CrisisId, crisisId.Value.ToString());
            }
        });
}

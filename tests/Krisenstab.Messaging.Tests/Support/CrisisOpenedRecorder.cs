using Krisenstab.Contracts.Situation;
using Krisenstab.Messaging.Envelope;
using MassTransit;

namespace Krisenstab.Messaging.Tests.Support;

/// <summary>Applies <see cref="CrisisOpened"/> by recording its envelope.</summary>
public sealed class CrisisOpenedRecorder(Received received) : IConsumer<CrisisOpened>
{
    public Task Consume(ConsumeContext<CrisisOpened> context)
    {
        received.CountAttempt();
        received.Applied.Enqueue(context.TryGetEventMetadata() is null
            ? new(context.GetEventId(), string.Empty, -1, -1, context.Message, new() { OccurredAt = DateTimeOffset.MinValue })
            : context.GetEventEnvelope());
        return Task.CompletedTask;
    }
}

using Krisenstab.Contracts.Situation;
using MassTransit;

namespace Krisenstab.Messaging.Tests.Support;

/// <summary>Always fails, to show a failed message is retried and then parked in the error queue, never acked.</summary>
public sealed class FailingCrisisConsumer(Received received) : IConsumer<CrisisOpened>
{
    public Task Consume(ConsumeContext<CrisisOpened> context)
    {
        received.CountAttempt();
        throw new InvalidOperationException("The consumer failed on purpose.");
    }
}

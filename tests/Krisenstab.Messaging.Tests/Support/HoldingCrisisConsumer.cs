using Krisenstab.Contracts.Situation;
using MassTransit;

namespace Krisenstab.Messaging.Tests.Support;

/// <summary>Records <see cref="CrisisOpened"/> like <see cref="CrisisOpenedRecorder"/>, but never finishes a held crisis.</summary>
public sealed class HoldingCrisisConsumer(HeldCrises held, Received received) : IConsumer<CrisisOpened>
{
    public async Task Consume(ConsumeContext<CrisisOpened> context)
    {
        await held.PassAsync(context.Message.CrisisId, context.CancellationToken);
        await new CrisisOpenedRecorder(received).Consume(context);
    }
}

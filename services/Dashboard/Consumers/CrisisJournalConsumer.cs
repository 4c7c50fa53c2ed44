using Krisenstab.Contracts.Situation;
using MassTransit;

namespace Krisenstab.Dashboard.Consumers;

/// <summary>Writes the situation events into the crisis journal (see <see cref="JournalRecorder"/>).</summary>
public sealed class CrisisJournalConsumer(JournalRecorder recorder) : IConsumer<CrisisOpened>, IConsumer<CrisisEscalated>, IConsumer<CrisisClosed>
{
    public Task Consume(ConsumeContext<CrisisOpened> context) => recorder.RecordCrisisEventAsync(context, context.Message.CrisisId);

    public Task Consume(ConsumeContext<CrisisEscalated> context) => recorder.RecordCrisisEventAsync(context, context.Message.CrisisId);

    public Task Consume(ConsumeContext<CrisisClosed> context) => recorder.RecordCrisisEventAsync(context, context.Message.CrisisId);
}

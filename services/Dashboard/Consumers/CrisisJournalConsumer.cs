using Krisenstab.Contracts.Situation;
using Krisenstab.Dashboard.Journal;
using Krisenstab.Messaging.Envelope;
using MassTransit;

namespace Krisenstab.Dashboard.Consumers;

/// <summary>
/// Writes every public event the dashboard follows into the crisis journal. Idempotent: the journal entry's id is
/// the message id (the event's id in its origin store), so a redelivery is recognised by the store.
/// </summary>
public sealed class CrisisJournalConsumer(CrisisJournal journal) : IConsumer<CrisisOpened>, IConsumer<CrisisClosed>
{
    public Task Consume(ConsumeContext<CrisisOpened> context) => RecordAsync(context, context.Message.CrisisId);

    public Task Consume(ConsumeContext<CrisisClosed> context) => RecordAsync(context, context.Message.CrisisId);

    private Task RecordAsync<TEvent>(ConsumeContext<TEvent> context, Guid crisisId)
        where TEvent : class
    {
        var metadata = context.GetEventMetadata();
        metadata = metadata with { CrisisId = metadata.CrisisId ?? crisisId };
        return journal.RecordAsync(crisisId, context.GetEventId(), context.Message, metadata, context.CancellationToken);
    }
}

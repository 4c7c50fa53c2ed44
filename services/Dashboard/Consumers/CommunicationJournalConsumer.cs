using Krisenstab.Contracts.Communication;
using Krisenstab.Messaging.Envelope;
using MassTransit;

namespace Krisenstab.Dashboard.Consumers;

/// <summary>
/// Writes communication's message events into the journal of the message's crisis: the crisis named by the event, or
/// for the steps whose event does not name it (approve, reject, revise, correct, deliveries) by its metadata, which
/// the communication service always fills. Recipient-list changes belong to no crisis and stay out.
/// </summary>
public sealed class CommunicationJournalConsumer(JournalRecorder recorder) :
    IConsumer<MessageDrafted>,
    IConsumer<MessageRevised>,
    IConsumer<CorrectionDrafted>,
    IConsumer<MessageSubmitted>,
    IConsumer<MessageApproved>,
    IConsumer<MessageRejected>,
    IConsumer<MessagePublished>,
    IConsumer<MessageRetracted>,
    IConsumer<DeliveryFailed>,
    IConsumer<DeliverySucceeded>
{
    public Task Consume(ConsumeContext<MessageDrafted> context) => RecordAsync(context, context.Message.CrisisId);

    public Task Consume(ConsumeContext<MessageRevised> context) => RecordAsync(context);

    public Task Consume(ConsumeContext<CorrectionDrafted> context) => RecordAsync(context);

    public Task Consume(ConsumeContext<MessageSubmitted> context) => RecordAsync(context, context.Message.CrisisId);

    public Task Consume(ConsumeContext<MessageApproved> context) => RecordAsync(context);

    public Task Consume(ConsumeContext<MessageRejected> context) => RecordAsync(context);

    public Task Consume(ConsumeContext<MessagePublished> context) => RecordAsync(context, context.Message.CrisisId);

    public Task Consume(ConsumeContext<MessageRetracted> context) => RecordAsync(context, context.Message.CrisisId);

    public Task Consume(ConsumeContext<DeliveryFailed> context) => RecordAsync(context);

    public Task Consume(ConsumeContext<DeliverySucceeded> context) => RecordAsync(context);

    private Task RecordAsync<TEvent>(ConsumeContext<TEvent> context, Guid? crisisId = null)
        where TEvent : class =>
        (crisisId ?? context.GetEventMetadata().CrisisId) is { } crisis && crisis != Guid.Empty
            ? recorder.RecordCrisisEventAsync(context, crisis)
            : Task.CompletedTask;
}

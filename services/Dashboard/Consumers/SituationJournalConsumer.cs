using Krisenstab.Contracts.Situation;
using MassTransit;

namespace Krisenstab.Dashboard.Consumers;

/// <summary>
/// Writes the situation service's events (announcements, arrivals, sector reports, Lagemeldungen, incidents, meetings)
/// into their crisis's journal (see <see cref="JournalRecorder"/>). Incident events carry their text sealed, so the
/// journal never holds it in the clear.
/// </summary>
public sealed class SituationJournalConsumer(JournalRecorder recorder) :
    IConsumer<AllocationAnnounced>,
    IConsumer<AllocationChanged>,
    IConsumer<AllocationCancelled>,
    IConsumer<ArrivalRecorded>,
    IConsumer<SectorReportFiled>,
    IConsumer<ConsolidatedReportDrafted>,
    IConsumer<ConsolidatedReportEdited>,
    IConsumer<ConsolidatedReportReleased>,
    IConsumer<ConsolidatedReportSent>,
    IConsumer<IncidentReported>,
    IConsumer<IncidentUpdated>,
    IConsumer<IncidentClosed>,
    IConsumer<MeetingScheduled>,
    IConsumer<MeetingNoteRecorded>,
    IConsumer<DecisionRecorded>,
    IConsumer<TaskRequested>,
    IConsumer<MeetingClosed>
{
    public Task Consume(ConsumeContext<AllocationAnnounced> context) => Record(context, context.Message.CrisisId);

    public Task Consume(ConsumeContext<AllocationChanged> context) => Record(context, context.Message.CrisisId);

    public Task Consume(ConsumeContext<AllocationCancelled> context) => Record(context, context.Message.CrisisId);

    public Task Consume(ConsumeContext<ArrivalRecorded> context) => Record(context, context.Message.CrisisId);

    public Task Consume(ConsumeContext<SectorReportFiled> context) => Record(context, context.Message.CrisisId);

    public Task Consume(ConsumeContext<ConsolidatedReportDrafted> context) => Record(context, context.Message.CrisisId);

    public Task Consume(ConsumeContext<ConsolidatedReportEdited> context) => Record(context, context.Message.CrisisId);

    public Task Consume(ConsumeContext<ConsolidatedReportReleased> context) => Record(context, context.Message.CrisisId);

    public Task Consume(ConsumeContext<ConsolidatedReportSent> context) => Record(context, context.Message.CrisisId);

    public Task Consume(ConsumeContext<IncidentReported> context) => Record(context, context.Message.CrisisId);

    public Task Consume(ConsumeContext<IncidentUpdated> context) => Record(context, context.Message.CrisisId);

    public Task Consume(ConsumeContext<IncidentClosed> context) => Record(context, context.Message.CrisisId);

    public Task Consume(ConsumeContext<MeetingScheduled> context) => Record(context, context.Message.CrisisId);

    public Task Consume(ConsumeContext<MeetingNoteRecorded> context) => Record(context, context.Message.CrisisId);

    public Task Consume(ConsumeContext<DecisionRecorded> context) => Record(context, context.Message.CrisisId);

    public Task Consume(ConsumeContext<TaskRequested> context) => Record(context, context.Message.CrisisId);

    public Task Consume(ConsumeContext<MeetingClosed> context) => Record(context, context.Message.CrisisId);

    private Task Record<TEvent>(ConsumeContext<TEvent> context, Guid crisisId)
        where TEvent : class => recorder.RecordCrisisEventAsync(context, crisisId);
}

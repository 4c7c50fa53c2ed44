using Krisenstab.Contracts.Logbook;
using MassTransit;

namespace Krisenstab.Dashboard.Consumers;

/// <summary>
/// Writes the logbook's events — the keeper's staff-log entries and the message log — into the journal of their
/// crisis, so that manual entries are hash-chained like everything else and the staff log is read from one journal.
/// </summary>
public sealed class LogbookJournalConsumer(JournalRecorder recorder) :
    IConsumer<StaffLogKeeperHandedOver>,
    IConsumer<StaffLogEntryWritten>,
    IConsumer<StaffLogEntryCorrected>,
    IConsumer<StaffLogClosed>,
    IConsumer<StaffLogCountersigned>,
    IConsumer<MessageLogged>,
    IConsumer<MessageRouted>,
    IConsumer<MessageAcknowledged>
{
    public Task Consume(ConsumeContext<StaffLogKeeperHandedOver> context) => RecordAsync(context);

    public Task Consume(ConsumeContext<StaffLogEntryWritten> context) => RecordAsync(context);

    public Task Consume(ConsumeContext<StaffLogEntryCorrected> context) => RecordAsync(context);

    public Task Consume(ConsumeContext<StaffLogClosed> context) => RecordAsync(context);

    public Task Consume(ConsumeContext<StaffLogCountersigned> context) => RecordAsync(context);

    public Task Consume(ConsumeContext<MessageLogged> context) => RecordAsync(context);

    public Task Consume(ConsumeContext<MessageRouted> context) => RecordAsync(context);

    public Task Consume(ConsumeContext<MessageAcknowledged> context) => RecordAsync(context);

    private Task RecordAsync<TEvent>(ConsumeContext<TEvent> context)
        where TEvent : class, ILogbookEvent =>
        recorder.RecordCrisisEventAsync(context, context.Message.CrisisId);
}

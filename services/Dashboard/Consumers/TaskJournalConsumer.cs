using Krisenstab.Contracts.Tasking;
using Krisenstab.Messaging.Envelope;
using MassTransit;

namespace Krisenstab.Dashboard.Consumers;

/// <summary>
/// Writes the tasks' events into the journal of the crisis they belong to (their metadata's crisis: the tasking service
/// puts the task's crisis on every step). A task bound to no crisis is department work outside every crisis picture
/// and is not journalled here.
/// </summary>
public sealed class TaskJournalConsumer(JournalRecorder recorder) :
    IConsumer<TaskIssued>,
    IConsumer<TaskAccepted>,
    IConsumer<TaskProgressReported>,
    IConsumer<TaskCompleted>,
    IConsumer<TaskCancelled>,
    IConsumer<TaskReassigned>,
    IConsumer<TaskDueTimeChanged>,
    IConsumer<TaskReminderDue>,
    IConsumer<TaskBecameOverdue>
{
    public Task Consume(ConsumeContext<TaskIssued> context) => RecordAsync(context, context.Message.CrisisId);

    public Task Consume(ConsumeContext<TaskAccepted> context) => RecordAsync(context);

    public Task Consume(ConsumeContext<TaskProgressReported> context) => RecordAsync(context);

    public Task Consume(ConsumeContext<TaskCompleted> context) => RecordAsync(context);

    public Task Consume(ConsumeContext<TaskCancelled> context) => RecordAsync(context);

    public Task Consume(ConsumeContext<TaskReassigned> context) => RecordAsync(context);

    public Task Consume(ConsumeContext<TaskDueTimeChanged> context) => RecordAsync(context);

    public Task Consume(ConsumeContext<TaskReminderDue> context) => RecordAsync(context);

    public Task Consume(ConsumeContext<TaskBecameOverdue> context) => RecordAsync(context);

    private Task RecordAsync<TEvent>(ConsumeContext<TEvent> context, Guid? crisisId = null)
        where TEvent : class, ITaskEvent =>
        (crisisId ?? context.GetEventMetadata().CrisisId) is { } crisis ? recorder.RecordCrisisEventAsync(context, crisis) : Task.CompletedTask;
}

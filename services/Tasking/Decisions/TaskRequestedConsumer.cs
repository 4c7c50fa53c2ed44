using Krisenstab.Contracts.Situation;
using Krisenstab.Contracts.Tasking;
using Krisenstab.EventStore;
using Krisenstab.Messaging;
using Krisenstab.Messaging.Envelope;
using Krisenstab.Tasking.Tasks;
using Krisenstab.Tasking.Units;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace Krisenstab.Tasking.Decisions;

/// <summary>
/// Turns a meeting decision's task request (<c>situation.task-requested.v1</c>) into a task, exactly once: the task's id
/// is the request's id and the issued event's id derives from the message id, so a second delivery — also one after a
/// restart between appending and acknowledging — finds the event stored and adds nothing. A unit the decision names
/// that is not configured here still gets the task, under the name the situation service gave it.
/// </summary>
public sealed class TaskRequestedConsumer(AggregateStore<WorkTask> tasks, TaskUnits units, ILogger<TaskRequestedConsumer> logger) : IConsumer<TaskRequested>
{
    private const string Purpose = "tasking-issued";

    public async Task Consume(ConsumeContext<TaskRequested> context)
    {
        var request = context.Message;
        var stream = tasks.StreamOf(request.TaskRequestId);
        var loaded = await tasks.LoadAsync(stream, context.CancellationToken);
        if (loaded.State.Exists)
        {
            return;
        }
        var unit = units.Find(request.ResponsibleUnit) ?? new TaskUnit(request.ResponsibleUnit, request.ResponsibleUnitName, new HashSet<string>());
        var command = new IssueTask(
            request.TaskRequestId, request.Title, "", unit, TaskPriority.Normal, request.DueAt, request.CrisisId,
            new TaskLinks(MeetingId: request.MeetingId, DecisionId: request.DecisionId));
        // Decided at the request's time: a decision's due time may already have passed when the message arrives.
        var decision = WorkTaskCommands.Issue(loaded.State, command, request.RequestedAt);
        if (decision.Error is { } refused)
        {
            logger.LogWarning("Task request {TaskRequestId} from meeting {MeetingId} was not turned into a task: {Code}.", request.TaskRequestId, request.MeetingId, refused.Code);
            return;
        }
        var metadata = context.GetEventMetadata() with { CrisisId = request.CrisisId };
        await tasks.AppendAsync(stream, ExpectedVersion.NoStream, decision.Events, metadata, [DerivedIds.From(context.GetEventId(), Purpose)], context.CancellationToken);
    }
}

using System.Globalization;
using Krisenstab.Contracts.Situation;
using Krisenstab.EventStore;
using Krisenstab.Messaging.Envelope;
using Krisenstab.Tasking.Tasks;
using Krisenstab.Tasking.Tests.Support;
using Krisenstab.Testing;
using MassTransit;

namespace Krisenstab.Tasking.Tests.Api;

/// <summary>A meeting decision asking for a task becomes that task exactly once, however often the request arrives.</summary>
public sealed class TaskRequestTests
{
    private static TaskRequested Request(Guid taskRequestId) =>
        new(Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7(), taskRequestId, "Zweite Notunterkunft vorbereiten", "S4", "Versorgung",
            DateTimeOffset.UtcNow.AddDays(2), DateTimeOffset.UtcNow);

    [Fact]
    public async Task A_request_delivered_twice_is_one_task_with_its_meeting_linked()
    {
        await using var app = new TaskingApp();
        _ = app.Server;
        var request = Request(Guid.CreateVersion7());
        var messageId = Guid.CreateVersion7();

        var deliveries = new Deliveries<TaskRequested>("tasking");
        using var observing = app.Service<IBus>().ConnectConsumeMessageObserver(deliveries);
        await Task.WhenAll(PublishAsStoredAsync(app, request, messageId), PublishAsStoredAsync(app, request, messageId));
        await PublishAsStoredAsync(app, request, messageId);
        await Eventually.TrueAsync(() => deliveries.Finished == 3, "all three deliveries to be consumed");

        var staff = await app.ClientForAsync("staff");
        var task = await staff.TaskWhenAsync(request.TaskRequestId, _ => true, "the requested task to be issued");
        Assert.Equal(("S4", "normal", request.MeetingId, request.DecisionId, request.CrisisId), (
            task.GetProperty("unit").GetString(), task.GetProperty("priority").GetString(),
            task.GetProperty("links").GetProperty("meetingId").GetGuid(), task.GetProperty("links").GetProperty("decisionId").GetGuid(),
            task.GetProperty("crisisId").GetGuid()));
        await AssertOneEventAsync(app, request.TaskRequestId);
        Assert.Contains(request.TaskRequestId, (await staff.ReadAsync("/my-tasks")).GetProperty("tasks").Ids());
    }

    [Fact]
    public async Task A_request_delivered_again_after_a_restart_is_still_one_task()
    {
        var request = Request(Guid.CreateVersion7());
        var messageId = Guid.CreateVersion7();
        var before = GatewayApp.BeforeRestart();
        await ConsumeThenStopAsync(before, request, messageId);

        await using var after = before.Restarted();
        _ = after.Server;
        var deliveries = new Deliveries<TaskRequested>("tasking");
        using var observing = after.Service<IBus>().ConnectConsumeMessageObserver(deliveries);
        await PublishAsStoredAsync(after, request, messageId);
        await Eventually.TrueAsync(() => deliveries.Finished == 1, "the redelivery to be consumed after the restart");
        await AssertOneEventAsync(after, request.TaskRequestId);
    }

    /// <summary>
    /// In a method of its own, so that what the first process leaves in the async context (MassTransit's log context)
    /// does not flow into the second.
    /// </summary>
    private static async Task ConsumeThenStopAsync(GatewayApp before, TaskRequested request, Guid messageId)
    {
        await using (before)
        {
            _ = before.Server;
            await PublishAsStoredAsync(before, request, messageId);
            var admin = await before.ClientForAsync("admin");
            await admin.TaskWhenAsync(request.TaskRequestId, _ => true, "the task before the restart");
        }
    }

    private static async Task AssertOneEventAsync(GatewayApp app, Guid taskId)
    {
        var stored = await app.KeyedService<IEventStore>(TaskingModule.StoreName).ReadStreamAsync(StreamName.For(WorkTaskRuns.Category, taskId));
        Assert.Equal(["tasking.task-issued.v1"], stored.Select(e => e.EventType));
    }

    /// <summary>As the situation service's store-to-bus publisher sends it: the stored event's id as the message id, with its envelope.</summary>
    private static Task PublishAsStoredAsync(GatewayApp app, TaskRequested request, Guid eventId) =>
        app.Service<IBus>().Publish(request, context =>
        {
            context.MessageId = eventId;
            context.Headers.Set(EnvelopeHeaders.OccurredAt, request.RequestedAt.ToString("O", CultureInfo.InvariantCulture));
            context.Headers.Set(EnvelopeHeaders.ActorId, "head");
        });
}

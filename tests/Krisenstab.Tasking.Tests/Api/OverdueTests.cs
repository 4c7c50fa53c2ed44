using Krisenstab.EventStore;
using Krisenstab.Tasking.Overdue;
using Krisenstab.Tasking.Tasks;
using Krisenstab.Tasking.Tests.Support;
using Krisenstab.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Krisenstab.Tasking.Tests.Api;

/// <summary>Reminders and overdue escalations driven by a fake clock that the whole app reads.</summary>
public sealed class OverdueTests
{
    private const string Overdue = "tasking.task-overdue.v1";
    private const string Reminder = "tasking.task-reminder-due.v1";

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task An_open_task_is_reminded_before_and_escalated_once_after_its_due_time(string engine)
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var host = await Engine.StartAsync(engine, clock, new Dictionary<string, string>
        {
            ["Krisenstab:Tasking:SweepInterval"] = "00:01:00",
            ["Krisenstab:Tasking:ReminderBefore"] = "00:10:00",
            ["Krisenstab:Auth:AccessTokenLifetime"] = "1.00:00:00",
        });
        var head = await host.App.ClientForAsync("head");
        var id = await head.IssuedIdAsync(dueAt: clock.GetUtcNow().AddMinutes(30), priority: "urgent");
        await head.TaskWhenAsync(id, _ => true, "the task to be on the board");

        clock.Advance(TimeSpan.FromMinutes(19));
        await Eventually.TrueAsync(async () => (await head.ReadAsync($"/tasks/{id}")).StepKinds().Count() == 1, "nothing yet, twenty minutes before");
        clock.Advance(TimeSpan.FromMinutes(2));
        await head.TaskWhenAsync(id, t => t.StepKinds().Contains(Reminder), "the reminder ten minutes before");
        Assert.False((await head.ReadAsync($"/tasks/{id}")).GetProperty("overdue").GetBoolean());

        clock.Advance(TimeSpan.FromMinutes(10));
        var overdue = await head.TaskWhenAsync(id, t => t.GetProperty("overdue").GetBoolean(), "the task to become overdue");
        Assert.Equal(OverdueSweep.Actor, overdue.GetProperty("steps").EnumerateArray().Last().GetProperty("by").GetString());
        for (var i = 0; i < 3; i++)
        {
            clock.Advance(TimeSpan.FromMinutes(5));
        }
        var units = await head.ReadAsync("/overdue");
        var supply = Assert.Single(units.EnumerateArray());
        Assert.Equal(("S4", id), (supply.GetProperty("unit").GetString(), Assert.Single(supply.GetProperty("tasks").Ids())));
        var stored = await host.App.KeyedService<IEventStore>(TaskingModule.StoreName).ReadStreamAsync(StreamName.For(WorkTaskRuns.Category, id));
        Assert.Equal(["tasking.task-issued.v1", Reminder, Overdue], stored.Select(e => e.EventType));
    }

    [Fact]
    public async Task Two_replicas_sweeping_one_PostgreSQL_store_at_once_record_the_escalation_once()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        // The hosted sweeps never tick here; the test runs both replicas' sweeps itself, at the same moment.
        var settings = new Dictionary<string, string> { ["Krisenstab:Tasking:SweepInterval"] = "10.00:00:00", ["Krisenstab:Tasking:ReminderBefore"] = "00:00:00" };
        await using var database = await PostgresDatabase.CreateAsync();
        await using var first = new TaskingApp(database.ConnectionString, clock, settings);
        await using var second = new TaskingApp(database.ConnectionString, clock, settings);
        var head = await first.ClientForAsync("head");
        var ids = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add(await head.IssuedIdAsync(dueAt: clock.GetUtcNow().AddMinutes(5)));
        }
        var other = await second.ClientForAsync("head");
        foreach (var id in ids)
        {
            await other.TaskWhenAsync(id, _ => true, "the second replica to see the task");
        }
        clock.Advance(TimeSpan.FromMinutes(6));

        var sweepers = new[] { first, second }.Select(app => ActivatorUtilities.CreateInstance<OverdueSweep>(app.Services)).ToList();
        for (var round = 0; round < 3; round++)
        {
            await Task.WhenAll(sweepers.Select(s => s.SweepAsync(CancellationToken.None)));
        }

        var store = first.KeyedService<IEventStore>(TaskingModule.StoreName);
        foreach (var id in ids)
        {
            var stored = await store.ReadStreamAsync(StreamName.For(WorkTaskRuns.Category, id));
            Assert.Single(stored, e => e.EventType == Overdue);
        }
    }
}

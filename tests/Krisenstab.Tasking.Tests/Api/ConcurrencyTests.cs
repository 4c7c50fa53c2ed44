using System.Net;
using Krisenstab.Tasking.Tests.Support;

namespace Krisenstab.Tasking.Tests.Api;

/// <summary>The lifecycle under real concurrency on both stores: a task is accepted once, and a cancelled task completed never.</summary>
public sealed class ConcurrencyTests
{
    private const int Attempts = 20;

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Twenty_concurrent_accepts_accept_the_task_exactly_once(string engine)
    {
        await using var host = await Engine.StartAsync(engine);
        var head = await host.App.ClientForAsync("head");
        var staff = await host.App.ClientForAsync("staff");
        var id = await head.IssuedIdAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, Attempts).Select(_ => staff.StepAsync(id, "accept")));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        foreach (var refused in responses.Where(r => r.StatusCode != HttpStatusCode.OK))
        {
            await refused.ExpectProblemAsync(HttpStatusCode.Conflict, "already-accepted");
        }
        var task = await head.TaskWhenAsync(id, t => t.GetProperty("status").GetString() == "accepted", "the acceptance to be seen");
        Assert.Single(task.StepKinds(), kind => kind == "tasking.task-accepted.v1");
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Completing_and_cancelling_at_once_ends_the_task_one_way_only(string engine)
    {
        await using var host = await Engine.StartAsync(engine);
        var head = await host.App.ClientForAsync("head");
        var staff = await host.App.ClientForAsync("staff");
        var ids = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            var id = await head.IssuedIdAsync();
            (await staff.StepAsync(id, "accept")).EnsureSuccessStatusCode();
            ids.Add(id);
        }

        var outcomes = await Task.WhenAll(ids.Select(async id =>
        {
            var both = await Task.WhenAll(staff.StepAsync(id, "complete"), head.StepAsync(id, "cancel", new { reason = "überholt" }));
            return (id, both);
        }));

        foreach (var (id, both) in outcomes)
        {
            Assert.Single(both, r => r.StatusCode == HttpStatusCode.OK);
            Assert.Single(both, r => r.StatusCode == HttpStatusCode.Conflict);
            var task = await head.TaskWhenAsync(id, t => t.GetProperty("status").GetString() is "done" or "cancelled", "the task to end");
            Assert.Single(task.StepKinds(), kind => kind is "tasking.task-completed.v1" or "tasking.task-cancelled.v1");
        }
    }
}

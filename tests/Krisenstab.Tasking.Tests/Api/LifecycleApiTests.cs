using System.Net;
using Krisenstab.Tasking.Tests.Support;

namespace Krisenstab.Tasking.Tests.Api;

/// <summary>The lifecycle over HTTP on both stores: who may do what, every step seen by the issuer, refusals as problems.</summary>
public sealed class LifecycleApiTests
{
    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task A_head_issues_the_unit_accepts_reports_progress_and_completes_and_the_issuer_sees_every_step(string engine)
    {
        await using var host = await Engine.StartAsync(engine);
        var head = await host.App.ClientForAsync("head");
        var staff = await host.App.ClientForAsync("staff");

        var id = await head.IssuedIdAsync();
        await staff.TaskWhenAsync(id, _ => true, "the issued task to be readable");
        var mine = await staff.ReadAsync("/my-tasks");
        Assert.Equal(["S4"], mine.GetProperty("units").EnumerateArray().Select(u => u.GetProperty("code").GetString()));
        Assert.Contains(id, mine.GetProperty("tasks").Ids());

        (await (await staff.StepAsync(id, "accept")).ExpectJsonAsync(HttpStatusCode.OK)).GetProperty("status").GetString();
        var progress = await (await staff.StepAsync(id, "progress", new { note = "40 von 120 geliefert" })).ExpectJsonAsync(HttpStatusCode.OK);
        Assert.Equal("in-progress", progress.GetProperty("status").GetString());
        var done = await (await staff.StepAsync(id, "complete", new { note = "Alle geliefert" })).ExpectJsonAsync(HttpStatusCode.OK);
        Assert.Equal("done", done.GetProperty("status").GetString());

        var seen = await head.TaskWhenAsync(id, t => t.GetProperty("status").GetString() == "done", "the issuer to see the task done");
        Assert.Equal(
            ["tasking.task-issued.v1", "tasking.task-accepted.v1", "tasking.task-progress-reported.v1", "tasking.task-completed.v1"],
            seen.StepKinds());
        Assert.Equal(["head", "staff", "staff", "staff"], seen.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("by").GetString()));
        Assert.Contains(id, (await head.ReadAsync("/issued")).Ids());
        Assert.Contains(id, (await head.ReadAsync("/tasks?unit=S4&status=done")).Ids());
        Assert.DoesNotContain(id, (await head.ReadAsync("/tasks?unit=S4&status=issued")).Ids());
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Accepting_twice_and_completing_a_cancelled_task_are_conflicts_that_change_nothing(string engine)
    {
        await using var host = await Engine.StartAsync(engine);
        var head = await host.App.ClientForAsync("head");
        var staff = await host.App.ClientForAsync("staff");
        var id = await head.IssuedIdAsync();

        (await staff.StepAsync(id, "accept")).EnsureSuccessStatusCode();
        var twice = await (await staff.StepAsync(id, "accept")).ExpectProblemAsync(HttpStatusCode.Conflict, "already-accepted");
        Assert.Contains("accepted already", twice.GetProperty("detail").GetString(), StringComparison.Ordinal);

        (await head.StepAsync(id, "cancel", new { reason = "Betten kommen vom Land" })).EnsureSuccessStatusCode();
        await (await staff.StepAsync(id, "complete")).ExpectProblemAsync(HttpStatusCode.Conflict, "task-cancelled");
        await (await head.StepAsync(id, "cancel", new { reason = "nochmal" })).ExpectProblemAsync(HttpStatusCode.Conflict, "task-cancelled");

        var task = await head.TaskWhenAsync(id, t => t.GetProperty("status").GetString() == "cancelled", "the cancellation to be seen");
        Assert.Equal(["tasking.task-issued.v1", "tasking.task-accepted.v1", "tasking.task-cancelled.v1"], task.StepKinds());
        Assert.Equal("Betten kommen vom Land", task.GetProperty("steps")[2].GetProperty("note").GetString());
    }

    [Fact]
    public async Task Staff_do_not_issue_and_someone_of_another_unit_does_not_work_on_the_task()
    {
        await using var app = new TaskingApp();
        var staff = await app.ClientForAsync("staff");
        var head = await app.ClientForAsync("head");

        await (await staff.IssueAsync()).ExpectProblemAsync(HttpStatusCode.Forbidden);
        var operations = await head.IssuedIdAsync(unit: TaskingApp.Operations);
        await (await staff.StepAsync(operations, "accept")).ExpectProblemAsync(HttpStatusCode.Forbidden, "not-unit-member");
        (await head.StepAsync(operations, "accept")).EnsureSuccessStatusCode();

        var press = await app.ClientForAsync("press");
        await (await press.StepAsync(operations, "progress", new { note = "x" })).ExpectProblemAsync(HttpStatusCode.Forbidden);
        var admin = await app.ClientForAsync("admin");
        (await admin.StepAsync(operations, "progress", new { note = "Vertretung durch die Verwaltung" })).EnsureSuccessStatusCode();
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Bad_input_is_a_problem_naming_the_field_and_nothing_is_stored(string engine)
    {
        await using var host = await Engine.StartAsync(engine);
        var head = await host.App.ClientForAsync("head");

        var noTitle = await (await head.IssueAsync(title: " ")).ExpectProblemAsync(HttpStatusCode.BadRequest, "invalid-title");
        Assert.True(noTitle.GetProperty("errors").TryGetProperty("title", out _));
        var unknownUnit = await (await head.IssueAsync(unit: "S9")).ExpectProblemAsync(HttpStatusCode.BadRequest, "invalid-unit");
        Assert.Matches("known are .*S3, S4", unknownUnit.GetProperty("detail").GetString());
        await (await head.IssueAsync(dueAt: DateTimeOffset.UtcNow.AddMinutes(-1))).ExpectProblemAsync(HttpStatusCode.BadRequest, "invalid-dueAt");
        await (await head.GetAsync($"{TaskingCalls.Api}/tasks?status=late")).ExpectProblemAsync(HttpStatusCode.BadRequest, "invalid-status");
        await (await head.StepAsync(Guid.NewGuid(), "cancel", new { reason = "gibt es nicht" })).ExpectProblemAsync(HttpStatusCode.NotFound, "task-not-found");

        var id = await head.IssuedIdAsync();
        await (await head.StepAsync(id, "reassign", new { unit = "S4" })).ExpectProblemAsync(HttpStatusCode.Conflict, "same-unit");
        await (await head.StepAsync(id, "due-time", new { })).ExpectProblemAsync(HttpStatusCode.BadRequest, "invalid-dueAt");
        await head.TaskWhenAsync(id, _ => true, "the one valid task to be readable");
        Assert.Equal([id], (await head.ReadAsync("/tasks")).Ids());
        Assert.Single((await head.ReadAsync($"/tasks/{id}")).StepKinds());
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task A_reassigned_task_with_a_new_due_time_is_the_new_units_to_accept(string engine)
    {
        await using var host = await Engine.StartAsync(engine);
        var head = await host.App.ClientForAsync("head");
        var staff = await host.App.ClientForAsync("staff");
        var id = await head.IssuedIdAsync(unit: TaskingApp.Operations);

        var moved = await (await head.StepAsync(id, "reassign", new { unit = "s4" })).ExpectJsonAsync(HttpStatusCode.OK);
        Assert.Equal(("S4", "issued"), (moved.GetProperty("unit").GetString(), moved.GetProperty("status").GetString()));
        var later = DateTimeOffset.UtcNow.AddDays(3);
        (await head.StepAsync(id, "due-time", new { dueAt = later })).EnsureSuccessStatusCode();
        (await staff.StepAsync(id, "accept")).EnsureSuccessStatusCode();

        var task = await head.TaskWhenAsync(id, t => t.GetProperty("status").GetString() == "accepted", "the new unit's acceptance");
        Assert.Equal(
            ["tasking.task-issued.v1", "tasking.task-reassigned.v1", "tasking.task-due-time-changed.v1", "tasking.task-accepted.v1"], task.StepKinds());
        Assert.Equal(later, task.GetProperty("dueAt").GetDateTimeOffset());
    }
}

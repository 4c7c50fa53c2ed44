using System.Text.Json;
using Krisenstab.ServiceDefaults;
using Krisenstab.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Krisenstab.Dashboard.Tests.Tasking;

public class TaskPictureTests
{
    [Theory]
    [MemberData(nameof(EngineApp.Engines), MemberType = typeof(EngineApp))]
    public async Task A_crisis_task_issued_accepted_and_completed_reaches_the_picture_and_the_feed_through_the_bus(string engine)
    {
        await using var started = await EngineApp.StartAsync(engine);
        var head = await started.App.ClientForAsync(Roles.Head);
        var staff = await started.App.ClientForAsync(Roles.Staff);
        var crisis = await head.OpenCrisisAsync("Ankunft Ost", "Landkreis Nord");
        var beds = await head.IssueTaskAsync("Feldbetten beschaffen", DateTimeOffset.UtcNow.AddHours(4), crisis, priority: "urgent");
        await head.IssueTaskAsync("Busse bestellen", DateTimeOffset.UtcNow.AddHours(4), crisis, unit: "S3", priority: "normal");
        await head.IssueTaskAsync("Dienstplan Januar", DateTimeOffset.UtcNow.AddDays(20), crisisId: null);

        var issued = await PictureAsync(head, crisis, p => Tasks(p).GetProperty("open").GetInt32() == 2, "both crisis tasks open in the picture");
        var units = Tasks(issued).GetProperty("units").EnumerateArray().ToList();
        Assert.Equal(["S3", "S4"], units.Select(u => u.GetProperty("unit").GetString()));
        Assert.Equal(1, units[1].GetProperty("openByPriority").GetProperty("urgent").GetInt32());

        await staff.StepAsync(beds, "accept");
        await staff.StepAsync(beds, "progress", new { note = "40 von 120 geliefert" });
        await staff.StepAsync(beds, "complete");
        var done = await PictureAsync(head, crisis, p => Tasks(p).GetProperty("done").GetInt32() == 1, "the completed task in the picture");

        Assert.Equal(1, Tasks(done).GetProperty("open").GetInt32());
        Assert.Equal("S3", Tasks(done).GetProperty("units").EnumerateArray().Single().GetProperty("unit").GetString());
        var feed = done.GetProperty("feed").EnumerateArray().Select(l => l.GetProperty("de").GetString()).ToList();
        Assert.Equal(
            [
                "S4: Auftrag „Feldbetten beschaffen“ erledigt",
                "S4: Auftrag „Feldbetten beschaffen“ Fortschritt gemeldet",
                "S4: Auftrag „Feldbetten beschaffen“ angenommen",
            ],
            feed.Take(3));
        Assert.DoesNotContain(feed, l => l!.Contains("Dienstplan", StringComparison.Ordinal));
        Assert.DoesNotContain(feed, l => l!.Contains("40 von 120", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_task_whose_due_time_passes_on_the_clock_is_named_overdue_in_the_picture()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var app = new GatewayApp(time: clock, settings: new Dictionary<string, string> { ["Krisenstab:Tasking:SweepInterval"] = "00:01:00" });
        var head = await app.ClientForAsync(Roles.Head);
        var crisis = await head.OpenCrisisAsync();
        var beds = await head.IssueTaskAsync("Feldbetten beschaffen", clock.GetUtcNow().AddMinutes(30), crisis);
        await PictureAsync(head, crisis, p => Tasks(p).GetProperty("open").GetInt32() == 1, "the task in the picture");
        Assert.Equal(0, Tasks(await head.GetJsonAsync($"/api/dashboard/crises/{crisis}/picture")).GetProperty("overdue").GetInt32());

        clock.Advance(TimeSpan.FromMinutes(31));

        var late = await PictureAsync(head, crisis, p => Tasks(p).GetProperty("overdue").GetInt32() == 1, "the task overdue in the picture");
        var overdue = Tasks(late).GetProperty("overdueTasks").EnumerateArray().Single();
        Assert.Equal((beds, "Feldbetten beschaffen", "S4"), (overdue.GetProperty("taskId").GetGuid(), overdue.GetProperty("title").GetString(), overdue.GetProperty("unit").GetString()));
        Assert.StartsWith("ÜBERFÄLLIG — S4: Auftrag „Feldbetten beschaffen“", late.GetProperty("feed")[0].GetProperty("de").GetString(), StringComparison.Ordinal);
    }

    private static JsonElement Tasks(JsonElement picture) => picture.GetProperty("tasks");

    private static async Task<JsonElement> PictureAsync(HttpClient client, Guid crisis, Func<JsonElement, bool> isDone, string what) =>
        (await Eventually.ReturnsAsync(() => client.TryGetJsonAsync($"/api/dashboard/crises/{crisis}/picture"), p => p is { } json && isDone(json), what))!.Value;
}

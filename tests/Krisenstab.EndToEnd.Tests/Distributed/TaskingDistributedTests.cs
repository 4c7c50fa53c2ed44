using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Krisenstab.EndToEnd.Tests.Support;
using Krisenstab.Testing;

namespace Krisenstab.EndToEnd.Tests.Distributed;

/// <summary>
/// A meeting's decision becoming a task in distributed mode: the gateway, a SituationReports, a Tasking and a Dashboard
/// host as four OS processes on a fresh RabbitMQ vhost and a fresh PostgreSQL database; everything through the gateway.
/// </summary>
public sealed class TaskingDistributedTests
{
    [Fact]
    public async Task A_meeting_decision_becomes_one_task_of_its_unit_and_reaches_the_crisis_picture()
    {
        await using var run = await DistributedRun.StartAsync("situation", "tasking", "dashboard");
        var situation = run.Services["situation"];
        var tasking = run.Services["tasking"];
        var dashboard = run.Services["dashboard"];
        var http = run.Http;
        var head = await Tokens.ForAsync(http, "head");
        var crisisId = await run.CreatedAsync(head, "/api/situation/crises", new { name = $"Zugang {Guid.NewGuid():N}", region = "Landkreis Kassel" });
        var meetingId = await run.CreatedAsync(head, $"/api/situation/crises/{crisisId}/meetings", new
        {
            startsAt = DateTimeOffset.UtcNow.AddMinutes(5),
            attendees = new object[] { new { function = "S4", unit = "Sozialamt" }, new { function = "LdS" } },
        });
        var dueAt = DateTimeOffset.UtcNow.AddDays(1);
        var decision = await run.PostAsync(head, $"/api/situation/crises/{crisisId}/meetings/{meetingId}/decisions", new
        {
            text = "Zweite Turnhalle öffnen",
            task = new { title = "Turnhalle Süd herrichten", responsibleUnit = "S4", dueAt },
        }, HttpStatusCode.Created);
        var taskId = decision.GetProperty("taskRequestId").GetGuid();

        var task = await Eventually.ReturnsAsync(
            () => TryGetAsync(http, head, $"/api/tasking/tasks/{taskId}"), t => t is not null, $"the decision's task in the tasking service\n{tasking.Errors}", TimeSpan.FromSeconds(60));
        Assert.Equal(
            ("Turnhalle Süd herrichten", "S4", "issued", crisisId, meetingId, decision.GetProperty("id").GetGuid()),
            (task!.Value.GetProperty("title").GetString(), task.Value.GetProperty("unit").GetString(), task.Value.GetProperty("status").GetString(),
             task.Value.GetProperty("crisisId").GetGuid(), task.Value.GetProperty("links").GetProperty("meetingId").GetGuid(),
             task.Value.GetProperty("links").GetProperty("decisionId").GetGuid()));

        var picture = await Eventually.ReturnsAsync(
            () => TryGetAsync(http, head, $"/api/dashboard/crises/{crisisId}/picture"),
            p => p is { } json && json.GetProperty("tasks").GetProperty("open").GetInt32() == 1,
            $"the task in the crisis picture\n{dashboard.Errors}",
            TimeSpan.FromSeconds(60));
        var unit = Assert.Single(picture!.Value.GetProperty("tasks").GetProperty("units").EnumerateArray());
        Assert.Equal(("S4", 1), (unit.GetProperty("unit").GetString(), unit.GetProperty("openByPriority").GetProperty("normal").GetInt32()));
        Assert.Contains(
            picture.Value.GetProperty("feed").EnumerateArray(),
            l => l.GetProperty("de").GetString()!.StartsWith("S4 (Versorgung): Auftrag „Turnhalle Süd herrichten“ erteilt", StringComparison.Ordinal));
        var ofCrisis = await TryGetAsync(http, head, $"/api/tasking/tasks?crisis={crisisId}");
        Assert.Equal([taskId], ofCrisis!.Value.EnumerateArray().Select(t => t.GetProperty("id").GetGuid()));
    }


    /// <summary>The JSON body, or null while it is 404 (the reading side catches up through the bus).</summary>
    private static async Task<JsonElement?> TryGetAsync(HttpClient http, string token, string path)
    {
        using var response = await http.SendAsync(Tokens.Authorized(HttpMethod.Get, path, token));
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}

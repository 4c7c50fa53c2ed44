using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Krisenstab.EndToEnd.Tests.Support;
using Krisenstab.Testing;

namespace Krisenstab.EndToEnd.Tests.Distributed;

/// <summary>
/// The situation service in distributed mode: an allocation announced through the gateway to the SituationReports
/// process reaches the picture of the Dashboard process, over PostgreSQL and RabbitMQ.
/// </summary>
public sealed class SituationDistributedTests
{
    [Fact]
    public async Task An_announcement_made_through_the_gateway_reaches_the_picture_of_the_dashboard_process()
    {
        await using var run = await DistributedRun.StartAsync("situation", "dashboard");
        var situation = run.Services["situation"];
        var dashboard = run.Services["dashboard"];
        var http = run.Http;
        var token = await Tokens.ForAsync(http, "staff");
        var head = await Tokens.ForAsync(http, "head");
        var crisis = await run.CreatedAsync(head, "/api/situation/crises", new { name = $"Zuweisung {Guid.NewGuid():N}", region = "Kreis Süd" });
        var expectedOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        await run.CreatedAsync(token, $"/api/situation/crises/{crisis}/announcements", new { expectedOn, people = 45, origin = "LEA Gießen" });

        var section = await Eventually.ReturnsAsync(
            async () =>
            {
                using var picture = await http.SendAsync(Tokens.Authorized(HttpMethod.Get, $"/api/dashboard/crises/{crisis}/picture", token));
                return picture.StatusCode == HttpStatusCode.OK ? (await picture.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("situation") : (JsonElement?)null;
            },
            s => s is { } json && json.GetProperty("announced").GetInt32() == 45,
            $"the announcement in the dashboard's picture\n{dashboard.Output}");
        var day = Assert.Single(section!.Value.GetProperty("days").EnumerateArray());
        Assert.Equal((expectedOn, 45), (day.GetProperty("date").GetString(), day.GetProperty("announced").GetInt32()));
    }

}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Krisenstab.EndToEnd.Tests.Support;

namespace Krisenstab.EndToEnd.Tests.Distributed;

/// <summary>
/// Distributed mode as it runs in production: the gateway, a SituationReports host and a Dashboard host as three
/// OS processes on a fresh RabbitMQ vhost and a fresh PostgreSQL database; everything through the gateway.
/// </summary>
public sealed class DistributedSliceTests
{
    [Fact]
    public async Task A_crisis_opened_through_the_gateway_reaches_the_dashboard_hub_of_another_process()
    {
        await using var run = await DistributedRun.StartAsync("situation", "dashboard");
        var http = run.Http;

        using var anonymous = await http.GetAsync("/api/situation/crises");
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);

        var token = await Tokens.ForAsync(http, "head");
        await using var hub = await SituationHub.ConnectAsync(run.Gateway.Address, token, SituationHub.ConnectClientWebSocketAsync);
        var name = $"Flood {Guid.NewGuid():N}";
        using var response = await http.SendAsync(Tokens.Authorized(HttpMethod.Post, "/api/situation/crises", token, Tokens.Json(new { name, region = "Kreis Süd" })));

        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}\n{run.Services["situation"].Output}");
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await hub.WaitForCrisisAsync(id, name);

        using var picture = await http.SendAsync(Tokens.Authorized(HttpMethod.Get, $"/api/dashboard/crises/{id}/picture", token));
        Assert.Equal(HttpStatusCode.OK, picture.StatusCode);
    }
}

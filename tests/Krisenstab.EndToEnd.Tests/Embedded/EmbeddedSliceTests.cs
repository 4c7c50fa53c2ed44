using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Krisenstab.EndToEnd.Tests.Support;
using Krisenstab.Testing;

namespace Krisenstab.EndToEnd.Tests.Embedded;

/// <summary>The thin slice in one process: sign in, open a crisis over HTTP, see it live on the dashboard hub.</summary>
public sealed class EmbeddedSliceTests
{
    [Fact]
    public async Task A_crisis_opened_by_a_department_head_is_pushed_to_the_dashboard_hub()
    {
        await using var gateway = new GatewayApp();
        var http = gateway.CreateClient();
        var token = await Tokens.ForAsync(http, "head");
        var socketClient = gateway.Server.CreateWebSocketClient();
        await using var hub = await SituationHub.ConnectAsync(gateway.Server.BaseAddress, token, socketClient.ConnectAsync);

        var name = $"Flood {Guid.NewGuid():N}";
        using var response = await http.SendAsync(Tokens.Authorized(HttpMethod.Post, "/api/situation/crises", token, Tokens.Json(new { name, region = "Landkreis Nord" })));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await hub.WaitForCrisisAsync(id, name);
    }

    [Fact]
    public async Task Without_a_token_the_api_answers_401_as_a_problem()
    {
        await using var gateway = new GatewayApp();
        using var response = await gateway.CreateClient().GetAsync("/api/situation/crises");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_hub_refuses_a_connection_without_a_token()
    {
        await using var gateway = new GatewayApp();
        using var response = await gateway.CreateClient().PostAsync("/hubs/situation/negotiate?negotiateVersion=1", null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task An_analyst_may_not_open_a_crisis()
    {
        await using var gateway = new GatewayApp();
        var http = gateway.CreateClient();
        var token = await Tokens.ForAsync(http, "analyst");

        using var response = await http.SendAsync(Tokens.Authorized(HttpMethod.Post, "/api/situation/crises", token, Tokens.Json(new { name = "Storm", region = "Süd" })));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_wrong_password_gets_an_oauth_error_and_no_token()
    {
        await using var gateway = new GatewayApp();
        using var response = await Tokens.RequestAsync(gateway.CreateClient(), "head", "not-the-password");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("invalid_grant", body.GetProperty("error").GetString());
        Assert.False(body.TryGetProperty("access_token", out _));
    }

    [Fact]
    public async Task An_unknown_client_id_gets_invalid_client()
    {
        await using var gateway = new GatewayApp();
        using var response = await Tokens.RequestAsync(gateway.CreateClient(), "head", Tokens.DemoPassword, clientId: "someone-else");

        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("invalid_client", body.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Health_endpoints_answer_without_a_token()
    {
        await using var gateway = new GatewayApp();
        var http = gateway.CreateClient();

        using var live = await http.GetAsync("/health/live");
        var ready = await Eventually.ReturnsAsync(
            () => http.GetAsync("/health/ready"), response => response.StatusCode == HttpStatusCode.OK, "the gateway to be ready");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        var checks = (await ready.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("checks");
        Assert.True(checks.TryGetProperty("bus", out _), checks.ToString());
        Assert.True(checks.TryGetProperty("event-store-situation", out _), checks.ToString());
        Assert.True(checks.TryGetProperty("event-store-dashboard", out _), checks.ToString());
        Assert.True(checks.TryGetProperty("event-store-accommodation", out _), checks.ToString());
    }

    [Fact]
    public async Task A_token_stays_valid_after_the_gateway_restarts_on_the_same_data_directory()
    {
        string token;
        var first = GatewayApp.BeforeRestart();
        await using (first)
        {
            token = await Tokens.ForAsync(first.CreateClient(), "analyst");
        }
        await using var second = first.Restarted();
        using var response = await second.CreateClient().SendAsync(Tokens.Authorized(HttpMethod.Get, "/api/situation/crises", token));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}

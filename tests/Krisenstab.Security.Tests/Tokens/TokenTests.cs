using System.Text.Json;
using Krisenstab.Gateway.Auth;
using Krisenstab.Testing;
using static Krisenstab.Security.Tests.Tokens.TokenEndpoint;

namespace Krisenstab.Security.Tests.Tokens;

public sealed class TokenTests
{
    private const string MachineSecret = "simulator-secret-2026";

    private static readonly Dictionary<string, string> WithSimulator = new()
    {
        ["Krisenstab:Auth:Clients:0:ClientId"] = "simulator",
        ["Krisenstab:Auth:Clients:0:SecretHash"] = UserDirectory.HashPassword(MachineSecret),
        ["Krisenstab:Auth:Clients:0:Roles:0"] = "staff",
    };

    [Fact]
    public async Task A_password_sign_in_gives_a_short_lived_access_token_and_a_refresh_token_that_renews_it()
    {
        await using var app = new GatewayApp();
        using var client = app.CreateClient();

        var signedIn = await PasswordGrant.SignInAsync(client, "head", GatewayApp.DemoPassword);
        var (status, renewed) = await RequestAsync(client,
            ("grant_type", "refresh_token"), ("client_id", "krisenstab"), ("refresh_token", signedIn.GetProperty("refresh_token").GetString()!));

        Assert.InRange(signedIn.GetProperty("expires_in").GetInt32(), 1, 15 * 60);
        Assert.Equal(200, status);
        var access = renewed.GetProperty("access_token").GetString()!;
        Assert.NotEqual(signedIn.GetProperty("access_token").GetString(), access);
        Assert.True(renewed.TryGetProperty("refresh_token", out _), "a renewal hands out the next refresh token");
        Assert.Equal(201, await StatusWithTokenAsync(client, access, HttpMethod.Post, "/api/situation/crises", new { name = "Erneuert", region = "Kassel" }));
    }

    [Fact]
    public async Task A_forged_refresh_token_and_an_access_token_used_as_one_are_refused()
    {
        await using var app = new GatewayApp();
        using var client = app.CreateClient();
        var access = await app.TokenForAsync("staff");

        var forged = await RequestAsync(client, ("grant_type", "refresh_token"), ("client_id", "krisenstab"), ("refresh_token", "eyJhbGciOiJub25lIn0.e30."));
        var misused = await RequestAsync(client, ("grant_type", "refresh_token"), ("client_id", "krisenstab"), ("refresh_token", access));

        Assert.Equal((400, "invalid_grant"), (forged.Status, forged.Body.GetProperty("error").GetString()));
        Assert.Equal((400, "invalid_grant"), (misused.Status, misused.Body.GetProperty("error").GetString()));
    }

    [Fact]
    public async Task A_refresh_token_still_renews_after_a_restart()
    {
        string refresh;
        var before = GatewayApp.BeforeRestart();
        await using (before)
        {
            using var client = before.CreateClient();
            refresh = (await PasswordGrant.SignInAsync(client, "staff", GatewayApp.DemoPassword)).GetProperty("refresh_token").GetString()!;
        }
        await using var after = before.Restarted();
        using var again = after.CreateClient();

        var (status, _) = await RequestAsync(again, ("grant_type", "refresh_token"), ("client_id", "krisenstab"), ("refresh_token", refresh));

        Assert.Equal(200, status);
    }

    [Fact]
    public async Task A_configured_machine_client_signs_in_with_its_secret_and_holds_only_its_roles()
    {
        await using var app = new GatewayApp(settings: WithSimulator);
        using var client = app.CreateClient();

        var (status, body) = await RequestAsync(client, ("grant_type", "client_credentials"), ("client_id", "simulator"), ("client_secret", MachineSecret));
        var token = body.GetProperty("access_token").GetString()!;

        Assert.Equal(200, status);
        Assert.False(body.TryGetProperty("refresh_token", out _), "a machine client signs in again instead of refreshing");
        Assert.Equal(200, await StatusWithTokenAsync(client, token, HttpMethod.Get, "/api/situation/crises"));
        Assert.Equal(403, await StatusWithTokenAsync(client, token, HttpMethod.Post, "/api/situation/crises", new { name = "Maschine", region = "Kassel" }));
    }

    [Fact]
    public async Task A_machine_client_with_a_wrong_secret_or_another_grant_and_an_unknown_client_are_refused()
    {
        await using var app = new GatewayApp(settings: WithSimulator);
        using var client = app.CreateClient();

        var wrongSecret = await RequestAsync(client, ("grant_type", "client_credentials"), ("client_id", "simulator"), ("client_secret", "guess"));
        var passwordGrant = await RequestAsync(client,
            ("grant_type", "password"), ("client_id", "simulator"), ("client_secret", MachineSecret), ("username", "admin"), ("password", GatewayApp.DemoPassword));
        var unknown = await RequestAsync(client, ("grant_type", "client_credentials"), ("client_id", "someone"), ("client_secret", MachineSecret));
        var webClientAsMachine = await RequestAsync(client, ("grant_type", "client_credentials"), ("client_id", "krisenstab"), ("client_secret", MachineSecret));

        Assert.Equal("invalid_client", Error(wrongSecret.Body));
        Assert.Equal("unauthorized_client", Error(passwordGrant.Body));
        Assert.Equal("invalid_client", Error(unknown.Body));
        Assert.Equal("unauthorized_client", Error(webClientAsMachine.Body));
        Assert.All([wrongSecret.Status, passwordGrant.Status, unknown.Status, webClientAsMachine.Status], s => Assert.InRange(s, 400, 401));
    }

    private static string? Error(JsonElement body) => body.GetProperty("error").GetString();
}

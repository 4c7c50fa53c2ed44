using System.Net;
using Krisenstab.Testing;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Krisenstab.Security.Tests.Edge;

public sealed class EdgeTests
{
    private static readonly Dictionary<string, string> ThreeSignInsPerWindow = new()
    {
        ["Krisenstab:RateLimits:Token:PermitLimit"] = "3",
        ["Krisenstab:RateLimits:Token:Window"] = "00:10:00",
    };

    private static Dictionary<string, string> With(params (string Key, string Value)[] extra)
    {
        var settings = new Dictionary<string, string>(ThreeSignInsPerWindow);
        foreach (var (key, value) in extra)
        {
            settings[key] = value;
        }
        return settings;
    }

    [Fact]
    public async Task Without_configured_proxies_a_forged_forwarded_for_does_not_dodge_the_per_ip_sign_in_limit()
    {
        await using var app = new GatewayApp(settings: ThreeSignInsPerWindow);
        await using var fromClient = PeerAddress.From(app, IPAddress.Parse("198.51.100.20"));

        var statuses = await SignInAttemptsAsync(fromClient, ["10.1.1.1", "10.1.1.2", "10.1.1.3", "10.1.1.4"]);

        Assert.Equal([400, 400, 400, 429], statuses);
    }

    [Fact]
    public async Task Behind_a_configured_proxy_each_forwarded_client_is_counted_on_its_own()
    {
        await using var app = new GatewayApp(settings: With(("Krisenstab:Proxies:KnownProxies:0", PeerAddress.Proxy.ToString())));
        await using var viaProxy = PeerAddress.From(app, PeerAddress.Proxy);

        var distinct = await SignInAttemptsAsync(viaProxy, ["10.2.0.1", "10.2.0.2", "10.2.0.3", "10.2.0.4"]);
        var same = await SignInAttemptsAsync(viaProxy, ["10.2.0.9", "10.2.0.9", "10.2.0.9", "10.2.0.9"]);
        // A client forging an extra hop in front of the proxy's own entry is still counted by the entry the proxy wrote.
        var forgedHop = await SignInAttemptsAsync(viaProxy, ["1.1.1.1, 10.2.0.9"]);

        Assert.Equal([400, 400, 400, 400], distinct);
        Assert.Equal([400, 400, 400, 429], same);
        Assert.Equal([429], forgedHop);
    }

    [Fact]
    public async Task With_a_proxy_configured_the_forwarded_headers_of_any_other_sender_are_ignored()
    {
        await using var app = new GatewayApp(settings: With(("Krisenstab:Proxies:KnownNetworks:0", "203.0.113.0/28")));
        await using var notAProxy = PeerAddress.From(app, IPAddress.Parse("198.51.100.30"));

        var statuses = await SignInAttemptsAsync(notAProxy, ["10.3.0.1", "10.3.0.2", "10.3.0.3", "10.3.0.4"]);

        Assert.Equal([400, 400, 400, 429], statuses);
    }

    [Fact]
    public async Task Hsts_is_sent_over_https_from_the_proxy_and_never_over_plain_http_or_a_forged_proto()
    {
        await using var app = new GatewayApp(settings: With(("Krisenstab:Proxies:KnownProxies:0", PeerAddress.Proxy.ToString())));
        await using var viaProxy = PeerAddress.From(app, PeerAddress.Proxy);
        await using var direct = PeerAddress.From(app, IPAddress.Parse("198.51.100.40"));

        var https = await HstsAsync(viaProxy, "https");
        var http = await HstsAsync(viaProxy, "http");
        var forged = await HstsAsync(direct, "https");

        Assert.Contains("max-age=31536000", https, StringComparison.Ordinal);
        Assert.Equal(("", ""), (http, forged));
    }

    [Fact]
    public async Task Cors_answers_only_configured_origins()
    {
        await using var closed = new GatewayApp();
        await using var open = new GatewayApp(settings: new Dictionary<string, string> { ["Krisenstab:Cors:AllowedOrigins:0"] = "https://lage.example.de" });

        var byDefault = await PreflightAsync(closed, "https://lage.example.de");
        var configured = await PreflightAsync(open, "https://lage.example.de");
        var other = await PreflightAsync(open, "https://evil.example");

        Assert.Equal(("", "https://lage.example.de", ""), (byDefault, configured, other));
    }

    private static async Task<int[]> SignInAttemptsAsync(WebApplicationFactory<Program> app, IEnumerable<string> forwardedFor)
    {
        using var client = app.CreateClient();
        var statuses = new List<int>();
        foreach (var address in forwardedFor)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/connect/token")
            {
                Content = new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["grant_type"] = "password", ["client_id"] = "krisenstab", ["username"] = "staff", ["password"] = "wrong",
                }),
            };
            request.Headers.TryAddWithoutValidation("X-Forwarded-For", address);
            using var response = await client.SendAsync(request);
            statuses.Add((int)response.StatusCode);
        }
        return [.. statuses];
    }

    private static async Task<string> HstsAsync(WebApplicationFactory<Program> app, string forwardedProto)
    {
        using var client = app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/health/live");
        request.Headers.Host = "lage.example.de";
        request.Headers.TryAddWithoutValidation("X-Forwarded-Proto", forwardedProto);
        request.Headers.TryAddWithoutValidation("X-Forwarded-For", "10.4.0.1");
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response.Headers.TryGetValues("Strict-Transport-Security", out var values) ? string.Join(",", values) : "";
    }

    private static async Task<string> PreflightAsync(GatewayApp app, string origin)
    {
        using var client = app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Options, "/api/situation/crises");
        request.Headers.TryAddWithoutValidation("Origin", origin);
        request.Headers.TryAddWithoutValidation("Access-Control-Request-Method", "POST");
        request.Headers.TryAddWithoutValidation("Access-Control-Request-Headers", "authorization,content-type");
        using var response = await client.SendAsync(request);
        return response.Headers.TryGetValues("Access-Control-Allow-Origin", out var values) ? string.Join(",", values) : "";
    }
}

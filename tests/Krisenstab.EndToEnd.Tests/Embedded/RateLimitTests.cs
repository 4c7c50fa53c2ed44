using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Krisenstab.EndToEnd.Tests.Support;
using Krisenstab.Testing;

namespace Krisenstab.EndToEnd.Tests.Embedded;

/// <summary>The gateway's limits: sign-in attempts per client IP, /api/** per user (per IP when anonymous).</summary>
public sealed class RateLimitTests
{
    private const int TokenLimit = 3;
    private const int ApiLimit = 4;

    /// <summary>Small limits in a window far longer than any test, so counting is exact.</summary>
    private static GatewayApp Gateway() => new(settings: new Dictionary<string, string>
    {
        ["Krisenstab:RateLimits:Token:PermitLimit"] = TokenLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Krisenstab:RateLimits:Token:Window"] = "01:00:00",
        ["Krisenstab:RateLimits:Api:PermitLimit"] = ApiLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Krisenstab:RateLimits:Api:Window"] = "01:00:00",
    });

    [Fact]
    public async Task Password_guessing_is_stopped_after_the_limit_even_for_the_right_password()
    {
        await using var gateway = Gateway();
        var http = gateway.CreateClient();
        for (var attempt = 1; attempt <= TokenLimit; attempt++)
        {
            using var wrong = await Tokens.RequestAsync(http, "head", $"guess-{attempt}");
            Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        }

        using var rejected = await Tokens.RequestAsync(http, "head", Tokens.DemoPassword);

        await AssertTooManyRequestsAsync(rejected);
    }

    [Fact]
    public async Task Api_requests_are_limited_per_user_and_another_user_is_not_affected()
    {
        await using var gateway = Gateway();
        var http = gateway.CreateClient();
        var staff = await Tokens.ForAsync(http, "staff");
        var head = await Tokens.ForAsync(http, "head");
        for (var request = 1; request <= ApiLimit; request++)
        {
            using var allowed = await http.SendAsync(Tokens.Authorized(HttpMethod.Get, "/api/situation/crises", staff));
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var rejected = await http.SendAsync(Tokens.Authorized(HttpMethod.Get, "/api/situation/crises", staff));
        using var otherUser = await http.SendAsync(Tokens.Authorized(HttpMethod.Get, "/api/situation/crises", head));

        await AssertTooManyRequestsAsync(rejected);
        Assert.Equal(HttpStatusCode.OK, otherUser.StatusCode);
    }

    [Fact]
    public async Task Anonymous_api_requests_are_limited_per_client_ip_and_do_not_use_up_a_users_limit()
    {
        await using var gateway = Gateway();
        var http = gateway.CreateClient();
        var staff = await Tokens.ForAsync(http, "staff");
        for (var request = 1; request <= ApiLimit; request++)
        {
            using var anonymous = await http.GetAsync(new Uri("/api/situation/crises", UriKind.Relative));
            Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        }

        using var rejected = await http.GetAsync(new Uri("/api/situation/crises", UriKind.Relative));
        using var signedIn = await http.SendAsync(Tokens.Authorized(HttpMethod.Get, "/api/situation/crises", staff));

        await AssertTooManyRequestsAsync(rejected);
        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
    }

    [Fact]
    public async Task Health_endpoints_are_not_limited()
    {
        await using var gateway = Gateway();
        var http = gateway.CreateClient();

        for (var request = 1; request <= ApiLimit + TokenLimit + 1; request++)
        {
            using var live = await http.GetAsync(new Uri("/health/live", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        }
    }

    private static async Task AssertTooManyRequestsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var retryAfter = response.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value, TimeSpan.FromSeconds(1), TimeSpan.FromHours(1));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(429, problem.GetProperty("status").GetInt32());
        Assert.Contains("Too many requests", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Krisenstab.EndToEnd.Tests.Support;
using Krisenstab.Testing;

namespace Krisenstab.EndToEnd.Tests.Embedded;

/// <summary>Every error is an RFC 9457 problem detail that says what is wrong.</summary>
public sealed class ProblemDetailsTests
{
    [Fact]
    public async Task Malformed_json_is_a_400_problem_naming_the_field()
    {
        await using var gateway = new GatewayApp();
        var http = gateway.CreateClient();
        var token = await Tokens.ForAsync(http, "head");
        var body = new StringContent("""{"name": 42, "region": "Nord"}""", Encoding.UTF8, "application/json");

        using var response = await http.SendAsync(Tokens.Authorized(HttpMethod.Post, "/api/situation/crises", token, body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("$.name", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.True(problem.GetProperty("errors").TryGetProperty("$.name", out _), problem.ToString());
    }

    [Fact]
    public async Task A_body_over_64_KiB_is_a_413_problem()
    {
        await using var gateway = new GatewayApp();
        var http = gateway.CreateClient();
        var token = await Tokens.ForAsync(http, "head");
        var huge = Tokens.Json(new { name = new string('x', 70 * 1024), region = "Nord" });
        await huge.LoadIntoBufferAsync();

        using var response = await http.SendAsync(Tokens.Authorized(HttpMethod.Post, "/api/situation/crises", token, huge));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task An_unknown_path_is_a_404_problem()
    {
        await using var gateway = new GatewayApp();
        var http = gateway.CreateClient();
        var token = await Tokens.ForAsync(http, "staff");

        using var response = await http.SendAsync(Tokens.Authorized(HttpMethod.Get, "/api/nowhere", token));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}

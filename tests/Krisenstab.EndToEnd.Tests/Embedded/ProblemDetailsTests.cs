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

    [Theory]
    [InlineData("""{"name": 42, "region": "Nord"}""", "$.name", "'$.name' must be text.")]
    [InlineData("""{"name": "Lage", "region": ["Nord"]}""", "$.region", "'$.region' must be text.")]
    [InlineData("""{"name": "Halle", "kind": "castle", "town": "Kassel", "address": "A 1", "capacity": 5}""", "$.kind",
        "'$.kind' must be one of: shared-shelter, emergency-shelter, flat, hotel, other.", "/api/accommodation/facilities")]
    [InlineData("""{"name": "Halle", "kind": "flat", "town": "Kassel", "address": "A 1", "capacity": "five"}""", "$.capacity",
        "'$.capacity' must be a whole number.", "/api/accommodation/facilities")]
    [InlineData("""{"name": "Halle", "kind": "flat", "town": "Kassel", "address": "A 1", "capacity": 5, "features": ["step-free", "sauna"]}""",
        "$.features[1]", "'$.features[1]' must be one of: step-free, family-rooms, women-only.", "/api/accommodation/facilities")]
    public async Task A_value_of_the_wrong_type_is_named_in_the_callers_words_not_in_clr_types(
        string json, string field, string expected, string path = "/api/situation/crises")
    {
        await using var gateway = new GatewayApp();
        var http = gateway.CreateClient();
        var token = await Tokens.ForAsync(http, "head");

        using var response = await http.SendAsync(Tokens.Authorized(
            HttpMethod.Post, path, token, new StringContent(json, Encoding.UTF8, "application/json")));

        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(expected, problem.GetProperty("errors").GetProperty(field)[0].GetString());
        Assert.DoesNotContain("System.", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
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

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Krisenstab.EventStore;
using Krisenstab.ServiceDefaults;
using Krisenstab.SituationReports.Crises;
using Krisenstab.Testing;

namespace Krisenstab.SituationReports.Tests.Api;

public class SituationApiTests
{
    [Fact]
    public async Task A_crisis_is_opened_listed_and_closed_once()
    {
        await using var app = new GatewayApp();
        var head = await app.ClientForAsync(Roles.Head);

        using var opened = await head.OpenAsync(new { name = "Ankunft Ost", region = "Landkreis Nord" });
        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        var id = (await opened.Content.ReadFromJsonAsync<CrisisCreated>(GatewayApp.Json))!.Id;
        Assert.Equal($"/api/situation/crises/{id}", opened.Headers.Location?.OriginalString);

        var listed = await Eventually.ReturnsAsync(head.ListAsync, list => list.Any(c => c.Id == id), "the crisis in the list");
        var crisis = listed.Single(c => c.Id == id);
        Assert.Equal(("Ankunft Ost", "Landkreis Nord", CrisisStatus.Open), (crisis.Name, crisis.Region, crisis.Status));

        using var closed = await head.CloseAsync(id, new { reason = "Lage beruhigt" });
        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        var view = await closed.Content.ReadFromJsonAsync<CrisisView>(GatewayApp.Json);
        Assert.Equal(CrisisStatus.Closed, view!.Status);
        Assert.NotNull(view.ClosedAt);

        using var closedAgain = await head.CloseAsync(id);
        Assert.Equal(HttpStatusCode.Conflict, closedAgain.StatusCode);
        Assert.Equal("crisis-already-closed", (await ProblemOf(closedAgain)).GetProperty("code").GetString());

        await Eventually.TrueAsync(async () => (await head.ListAsync()).Single(c => c.Id == id).Status == CrisisStatus.Closed, "the list to show it closed");
    }

    [Fact]
    public async Task Status_in_json_is_text()
    {
        await using var app = new GatewayApp();
        var head = await app.ClientForAsync(Roles.Head);
        var id = await head.OpenCrisisAsync();

        var json = await head.GetFromJsonAsync<JsonElement>($"/api/situation/crises/{id}");

        Assert.Equal("open", json.GetProperty("status").GetString());
    }

    [Theory]
    [InlineData(null, "Landkreis Nord", "name")]
    [InlineData("  ", "Landkreis Nord", "name")]
    [InlineData("Ankunft Ost", null, "region")]
    [InlineData("Ankunft Ost", TooLong, "region")]
    [InlineData(TooLong, "Landkreis Nord", "name")]
    public async Task Bad_input_is_a_problem_naming_the_field_and_nothing_is_stored(string? name, string? region, string field)
    {
        await using var app = new GatewayApp();
        var head = await app.ClientForAsync(Roles.Head);

        using var response = await head.OpenAsync(new { name = Expand(name), region = Expand(region) });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await ProblemOf(response);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"errors names {field}: {problem}");
        Assert.Empty(await app.KeyedService<IEventStore>(SituationReportsModule.StoreName).ReadAllAsync(0, 10));
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_a_problem_and_nothing_is_stored()
    {
        await using var app = new GatewayApp();
        var head = await app.ClientForAsync(Roles.Head);

        using var content = new StringContent("{\"name\": ", System.Text.Encoding.UTF8, "application/json");
        using var response = await head.PostAsync(new Uri("/api/situation/crises", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Empty(await app.KeyedService<IEventStore>(SituationReportsModule.StoreName).ReadAllAsync(0, 10));
    }

    [Fact]
    public async Task An_analyst_may_read_but_not_open_a_crisis()
    {
        await using var app = new GatewayApp();
        var analyst = await app.ClientForAsync(Roles.Analyst);

        using var response = await analyst.OpenAsync(new { name = "Ankunft Ost", region = "Landkreis Nord" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(await analyst.ListAsync());
    }

    [Fact]
    public async Task Without_a_token_the_api_answers_401()
    {
        await using var app = new GatewayApp();
        using var anonymous = app.CreateClient();

        using var response = await anonymous.GetAsync(new Uri("/api/situation/crises", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Closing_an_unknown_crisis_is_404()
    {
        await using var app = new GatewayApp();
        var admin = await app.ClientForAsync(Roles.Admin);

        using var response = await admin.CloseAsync(Guid.NewGuid());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_stale_if_match_is_refused_with_412_and_a_current_one_closes()
    {
        await using var app = new GatewayApp();
        var head = await app.ClientForAsync(Roles.Head);
        var id = await head.OpenCrisisAsync();
        using var read = await head.GetAsync(new Uri($"/api/situation/crises/{id}", UriKind.Relative));
        var etag = read.Headers.ETag!.Tag;
        Assert.Equal("\"0\"", etag);

        using var stale = new HttpRequestMessage(HttpMethod.Post, $"/api/situation/crises/{id}/close");
        stale.Headers.TryAddWithoutValidation("If-Match", "\"7\"");
        using var refused = await head.SendAsync(stale);
        Assert.Equal(HttpStatusCode.PreconditionFailed, refused.StatusCode);

        using var current = new HttpRequestMessage(HttpMethod.Post, $"/api/situation/crises/{id}/close");
        current.Headers.TryAddWithoutValidation("If-Match", etag);
        using var closed = await head.SendAsync(current);
        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        Assert.Equal("\"1\"", closed.Headers.ETag?.Tag);
    }

    private const string TooLong = "<too long>";

    private static string? Expand(string? value) => value == TooLong ? new string('x', 201) : value;

    private static async Task<JsonElement> ProblemOf(HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>();
}

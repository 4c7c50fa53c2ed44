using System.Net;
using System.Text.Json;
using Krisenstab.ServiceDefaults;
using Krisenstab.Testing;

namespace Krisenstab.Dashboard.Tests.Api;

public class FeedTests
{
    [Theory]
    [MemberData(nameof(EngineApp.Engines), MemberType = typeof(EngineApp))]
    public async Task The_picture_carries_its_version_and_the_feed_of_the_crisis_and_the_district_newest_first(string engine)
    {
        await using var started = await EngineApp.StartAsync(engine);
        var head = await started.App.ClientForAsync(Roles.Head);
        var crisis = await head.OpenCrisisAsync("Ankunft Ost", "Landkreis Nord");
        var gym = await head.RegisterFacilityAsync("Turnhalle Nord", "Bramsche", 40);
        await head.PlaceHouseholdAsync(gym, "AZ-2025-010", 4, crisis);
        await head.EscalateCrisisAsync(crisis, 2, "Bus angekündigt");

        var picture = (await Eventually.ReturnsAsync(
            () => head.TryGetJsonAsync($"/api/dashboard/crises/{crisis}/picture"),
            p => p is { } json && json.GetProperty("journalLength").GetInt64() == 3 && json.GetProperty("feed").GetArrayLength() == 4,
            "the escalation and the placement in the picture"))!.Value;

        Assert.Equal(3, picture.GetProperty("version").GetInt64());
        var feed = picture.GetProperty("feed").EnumerateArray().ToList();
        Assert.Equal(
            [
                "Lage auf Stufe 2 erhöht (Bus angekündigt)",
                "Turnhalle Nord: Haushalt (4 Personen) untergebracht, 36 Plätze frei",
                "Turnhalle Nord: als Gemeinschaftsunterkunft in Bramsche aufgenommen, 40 Plätze",
                "Lage „Ankunft Ost“ eröffnet (Landkreis Nord)",
            ],
            feed.Select(l => l.GetProperty("de").GetString()));
        Assert.Equal("Turnhalle Nord: household (4 people) placed, 36 places free", feed[1].GetProperty("en").GetString());
        Assert.Equal("accommodation.household-placed.v1", feed[1].GetProperty("eventType").GetString());
        // The journal is in the order the bus delivered (registration and placement come through different consumers).
        var journal = await head.GetJsonAsync("/api/dashboard/accommodation/journal");
        var placed = journal.EnumerateArray().Single(e => e.GetProperty("eventType").GetString() == "accommodation.household-placed.v1");
        Assert.Equal(
            (placed.GetProperty("eventId").GetGuid(), placed.GetProperty("occurredAt").GetDateTimeOffset()),
            (feed[1].GetProperty("id").GetGuid(), feed[1].GetProperty("occurredAt").GetDateTimeOffset()));
        Assert.Equal(2, picture.GetProperty("accommodation").GetProperty("version").GetInt64());

        var route = await head.GetJsonAsync($"/api/dashboard/crises/{crisis}/feed");
        var two = await head.GetJsonAsync($"/api/dashboard/crises/{crisis}/feed?limit=2");
        Assert.Equal(Ids(feed), Ids(route.EnumerateArray()));
        Assert.Equal(Ids(feed).Take(2), Ids(two.EnumerateArray()));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("501")]
    [InlineData("-1")]
    [InlineData("zehn")]
    public async Task A_feed_limit_out_of_range_is_a_problem_naming_limit(string limit)
    {
        await using var app = new GatewayApp();
        var head = await app.ClientForAsync(Roles.Head);
        var crisis = await head.OpenCrisisAsync();

        using var response = await head.GetAsync(new Uri($"/api/dashboard/crises/{crisis}/feed?limit={limit}", UriKind.Relative));

        var problem = await response.ExpectJsonAsync(HttpStatusCode.BadRequest);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(problem.GetProperty("errors").TryGetProperty("limit", out _), problem.ToString());
    }

    [Fact]
    public async Task The_feed_of_a_crisis_the_dashboard_has_not_seen_is_404()
    {
        await using var app = new GatewayApp();
        var analyst = await app.ClientForAsync(Roles.Analyst);

        using var response = await analyst.GetAsync(new Uri($"/api/dashboard/crises/{Guid.CreateVersion7()}/feed", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_picture_as_of_a_time_has_the_feed_up_to_then()
    {
        await using var app = new GatewayApp();
        var head = await app.ClientForAsync(Roles.Head);
        var crisis = await head.OpenCrisisAsync();
        var gym = await head.RegisterFacilityAsync("Turnhalle Nord", "Bramsche", 40);
        await head.PlaceHouseholdAsync(gym, "AZ-2025-011", 4);
        await Eventually.TrueAsync(
            async () => (await head.TryGetJsonAsync($"/api/dashboard/crises/{crisis}/feed"))?.GetArrayLength() == 3, "the three lines in the feed");
        var registeredAt = (await head.GetJsonAsync("/api/dashboard/accommodation/journal")).EnumerateArray()
            .Single(e => e.GetProperty("eventType").GetString() == "accommodation.facility-registered.v1").GetProperty("occurredAt").GetString();

        var then = await head.GetJsonAsync($"/api/dashboard/crises/{crisis}/picture?asOf={Uri.EscapeDataString(registeredAt!)}");

        Assert.Equal(
            ["accommodation.facility-registered.v1", "situation.crisis-opened.v1"],
            then.GetProperty("feed").EnumerateArray().Select(l => l.GetProperty("eventType").GetString()));
        Assert.Equal((1, 1), (then.GetProperty("version").GetInt32(), then.GetProperty("accommodation").GetProperty("version").GetInt32()));
    }

    private static IEnumerable<Guid> Ids(IEnumerable<JsonElement> lines) => [.. lines.Select(l => l.GetProperty("id").GetGuid())];
}

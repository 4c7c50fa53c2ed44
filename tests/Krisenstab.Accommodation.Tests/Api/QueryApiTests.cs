using System.Net;
using System.Text.Json;
using Krisenstab.Accommodation.Tests.Support;
using Krisenstab.Testing;

namespace Krisenstab.Accommodation.Tests.Api;

public sealed class QueryApiTests
{
    [Fact]
    public async Task Free_places_are_shown_per_facility_and_per_town_with_filters()
    {
        await using var app = new AccommodationApp();
        var staff = await app.ClientForAsync("staff");
        var hall = await staff.RegisterAsync(capacity: 80, kind: "emergency-shelter");
        var flats = await staff.RegisterAsync(capacity: 12, kind: "flat", features: ["step-free", "family-rooms"]);
        var county = await staff.RegisterAsync(capacity: 30, town: CaseStudyTowns.County, features: ["step-free"]);
        (await staff.PlaceAsync(hall, "A-1", 70)).StatusCode.Equals(HttpStatusCode.Created);
        (await staff.PlaceAsync(flats, "A-2", 5)).EnsureSuccessStatusCode();

        var all = await Eventually.ReturnsAsync(
            () => staff.GetJsonAsync($"{AccommodationClient.Api}/free-places"),
            v => v.GetProperty("facilities").GetArrayLength() == 3 && Town(v, CaseStudyTowns.City).Number("occupied") == 5,
            "the free-places view to catch up");
        var stepFreeWithSeven = await staff.GetJsonAsync($"{AccommodationClient.Api}/free-places?stepFree=true&minFree=7&town={Uri.EscapeDataString(CaseStudyTowns.City)}");
        var family = await staff.GetJsonAsync($"{AccommodationClient.Api}/free-places?familyRooms=true");

        Assert.Equal(80 + 12 - 5, Town(all, CaseStudyTowns.City).Number("free"));
        Assert.Equal(30, Town(all, CaseStudyTowns.County).Number("free"));
        Assert.Equal([flats], Ids(stepFreeWithSeven));
        Assert.Equal([flats], Ids(family));
        Assert.DoesNotContain(county, Ids(stepFreeWithSeven));
    }

    [Fact]
    public async Task Suggestions_favour_the_town_furthest_below_its_fair_share()
    {
        await using var app = new AccommodationApp();
        var staff = await app.ClientForAsync("staff");
        var cityShelter = await staff.RegisterAsync(capacity: 100, name: "Stadt GU");
        var countyShelter = await staff.RegisterAsync(capacity: 100, town: CaseStudyTowns.County, name: "Kreis GU");
        // The city has under a third of the district's residents but takes 40 of 50 people: the county is below its share.
        (await staff.PlaceAsync(cityShelter, "A-1", 25)).EnsureSuccessStatusCode();
        (await staff.PlaceAsync(cityShelter, "A-2", 15)).EnsureSuccessStatusCode();
        (await staff.PlaceAsync(countyShelter, "A-3", 10)).EnsureSuccessStatusCode();
        await Eventually.TrueAsync(async () => Town(await staff.GetJsonAsync($"{AccommodationClient.Api}/free-places"), CaseStudyTowns.City).Number("occupied") == 40, "the view to catch up");

        var ranked = await staff.GetJsonAsync($"{AccommodationClient.Api}/placement-suggestions?size=4");
        var nearCity = await staff.GetJsonAsync($"{AccommodationClient.Api}/placement-suggestions?size=4&nearTown={Uri.EscapeDataString(CaseStudyTowns.City)}");
        var towns = (await staff.GetJsonAsync($"{AccommodationClient.Api}/free-places")).GetProperty("towns");

        Assert.Equal([countyShelter, cityShelter], ranked.EnumerateArray().Select(s => s.GetProperty("facilityId").GetGuid()));
        Assert.Equal(cityShelter, nearCity[0].GetProperty("facilityId").GetGuid());
        // 50 people × 166,960 / 533,189 residents = 15.66 → 15 for the city.
        Assert.Equal(15, towns.EnumerateArray().Single(t => t.GetProperty("town").GetString() == CaseStudyTowns.City).Number("fairShare"));
    }

    [Fact]
    public async Task Suggestions_need_known_needs_and_a_sensible_size()
    {
        await using var app = new AccommodationApp();
        var staff = await app.ClientForAsync("staff");

        using var badNeed = await staff.GetAsync($"{AccommodationClient.Api}/placement-suggestions?size=2&needs=sauna");
        using var badSize = await staff.GetAsync($"{AccommodationClient.Api}/placement-suggestions?size=0");

        Assert.True((await badNeed.ExpectProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("needs", out _));
        Assert.True((await badSize.ExpectProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("size", out _));
    }

    [Fact]
    public async Task Occupancy_over_time_follows_every_change()
    {
        await using var app = new AccommodationApp();
        var staff = await app.ClientForAsync("staff");
        var id = await staff.RegisterAsync(capacity: 10);
        (await staff.PlaceAsync(id, "A-1", 3)).EnsureSuccessStatusCode();
        (await staff.PlaceAsync(id, "A-2", 4)).EnsureSuccessStatusCode();

        var points = await Eventually.ReturnsAsync(
            () => staff.GetJsonAsync($"{AccommodationClient.Api}/occupancy?facilityId={id}"),
            v => v.GetArrayLength() == 3,
            "three points in the timeline");

        Assert.Equal([0, 3, 7], points.EnumerateArray().Select(p => p.Number("occupied")));
        Assert.Equal([10, 7, 3], points.EnumerateArray().Select(p => p.Number("free")));
    }

    private static JsonElement Town(JsonElement view, string town) =>
        view.GetProperty("towns").EnumerateArray().Single(t => t.GetProperty("town").GetString() == town);

    private static Guid[] Ids(JsonElement view) => [.. view.GetProperty("facilities").EnumerateArray().Select(f => f.GetProperty("id").GetGuid())];
}

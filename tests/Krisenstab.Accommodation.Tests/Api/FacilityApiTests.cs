using System.Net;
using System.Net.Http.Json;
using System.Text;
using Krisenstab.Accommodation.Tests.Support;

namespace Krisenstab.Accommodation.Tests.Api;

public sealed class FacilityApiTests
{
    [Fact]
    public async Task A_registered_facility_shows_its_figures()
    {
        await using var app = new AccommodationApp();
        var staff = await app.ClientForAsync("staff");

        var id = await staff.RegisterAsync(capacity: 40, features: ["step-free", "family-rooms"]);
        (await staff.PlaceAsync(id, "AZ-2022-0001", 5)).EnsureSuccessStatusCode();
        var facility = await staff.FacilityAsync(id);

        Assert.Equal((40, 5, 0, 0, 35), (facility.Number("capacity"), facility.Number("occupied"), facility.Number("blocked"), facility.Number("reserved"), facility.Number("free")));
        Assert.Equal("shared-shelter", facility.GetProperty("kind").GetString());
        Assert.Equal("AZ-2022-0001", facility.GetProperty("households")[0].GetProperty("householdRef").GetString());
    }

    [Fact]
    public async Task An_unknown_facility_is_a_404_problem()
    {
        await using var app = new AccommodationApp();
        var staff = await app.ClientForAsync("staff");

        using var get = await staff.GetAsync($"{AccommodationClient.Api}/facilities/{Guid.NewGuid()}");
        using var place = await staff.PlaceAsync(Guid.NewGuid(), "A-1", 2);

        Assert.Equal("facility-not-found", (await get.ExpectProblemAsync(HttpStatusCode.NotFound)).GetProperty("code").GetString());
        Assert.Equal("facility-not-found", (await place.ExpectProblemAsync(HttpStatusCode.NotFound)).GetProperty("code").GetString());
    }

    [Fact]
    public async Task Capacity_below_the_places_in_use_is_refused_naming_capacity_and_nothing_changes()
    {
        await using var app = new AccommodationApp();
        var staff = await app.ClientForAsync("staff");
        var id = await staff.RegisterAsync(capacity: 10);
        (await staff.PlaceAsync(id, "A-1", 6)).EnsureSuccessStatusCode();

        using var response = await staff.PutAsJsonAsync($"{AccommodationClient.Api}/facilities/{id}/capacity", new { capacity = 5 });

        var problem = await response.ExpectProblemAsync(HttpStatusCode.Conflict);
        Assert.True(problem.GetProperty("errors").TryGetProperty("capacity", out _), problem.ToString());
        Assert.Equal(10, (await staff.FacilityAsync(id)).Number("capacity"));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-2)]
    public async Task A_household_size_below_one_is_a_400_naming_size_and_nothing_is_placed(int size)
    {
        await using var app = new AccommodationApp();
        var staff = await app.ClientForAsync("staff");
        var id = await staff.RegisterAsync(capacity: 10);

        using var response = await staff.PlaceAsync(id, "A-1", size);

        var problem = await response.ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("size", out _), problem.ToString());
        Assert.Equal(0, (await staff.FacilityAsync(id)).Number("occupied"));
    }

    [Theory]
    [InlineData("""{"name":"Halle","kind":"castle","town":"Osnabrück","address":"A 1","capacity":5}""", "$.kind")]
    [InlineData("""{"name":"Halle","kind":"hotel","town":"Osnabrück","address":"A 1","capacity":5,"features":["sauna"]}""", "$.features[0]")]
    public async Task Unknown_enum_text_is_a_400_naming_the_field(string body, string field)
    {
        await using var app = new AccommodationApp();
        var staff = await app.ClientForAsync("staff");

        using var response = await staff.PostAsync($"{AccommodationClient.Api}/facilities", new StringContent(body, Encoding.UTF8, "application/json"));

        var problem = await response.ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
        Assert.Empty((await staff.GetJsonAsync($"{AccommodationClient.Api}/free-places?includeClosed=true")).GetProperty("facilities").EnumerateArray());
    }

    [Fact]
    public async Task A_missing_kind_is_a_400_naming_kind()
    {
        await using var app = new AccommodationApp();
        var staff = await app.ClientForAsync("staff");

        using var response = await staff.PostAsJsonAsync($"{AccommodationClient.Api}/facilities", new { name = "Halle", town = "Osnabrück", address = "A 1", capacity = 5 });

        Assert.True((await response.ExpectProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("kind", out _));
    }

    [Fact]
    public async Task An_oversized_body_is_a_413_problem_and_nothing_is_placed()
    {
        await using var app = new AccommodationApp();
        var staff = await app.ClientForAsync("staff");
        var id = await staff.RegisterAsync(capacity: 10);
        var huge = JsonContent.Create(new { householdRef = "A-1", size = 1, languages = Enumerable.Repeat("uk", 20_000) });
        await huge.LoadIntoBufferAsync();

        using var response = await staff.PostAsync($"{AccommodationClient.Api}/facilities/{id}/placements", huge);

        await response.ExpectProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal(0, (await staff.FacilityAsync(id)).Number("occupied"));
    }

    [Fact]
    public async Task An_analyst_reads_but_may_not_change()
    {
        await using var app = new AccommodationApp();
        var staff = await app.ClientForAsync("staff");
        var analyst = await app.ClientForAsync("analyst");
        var id = await staff.RegisterAsync(capacity: 10);

        using var place = await analyst.PlaceAsync(id, "A-1", 2);
        using var register = await analyst.PostAsJsonAsync($"{AccommodationClient.Api}/facilities", new { name = "X", kind = "flat", town = "Y", address = "Z", capacity = 2 });

        await place.ExpectProblemAsync(HttpStatusCode.Forbidden);
        await register.ExpectProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(10, (await analyst.FacilityAsync(id)).Number("free"));
    }

    [Theory]
    [InlineData("head")]
    [InlineData("admin")]
    public async Task Department_heads_and_admins_may_place(string user)
    {
        await using var app = new AccommodationApp();
        var http = await app.ClientForAsync(user);
        var id = await http.RegisterAsync(capacity: 10);

        using var response = await http.PlaceAsync(id, "A-1", 3);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task Blocked_places_are_not_free_until_unblocked()
    {
        await using var app = new AccommodationApp();
        var staff = await app.ClientForAsync("staff");
        var id = await staff.RegisterAsync(capacity: 10);

        using var block = await staff.PostAsJsonAsync($"{AccommodationClient.Api}/facilities/{id}/blocks", new { places = 4, reason = "quarantine" });
        var blocked = await block.ExpectJsonAsync(HttpStatusCode.Created);
        using var tooBig = await staff.PlaceAsync(id, "A-1", 7);
        using var unblock = await staff.DeleteAsync($"{AccommodationClient.Api}/facilities/{id}/blocks/{blocked.GetProperty("blockId").GetGuid()}");

        Assert.Equal(6, blocked.GetProperty("facility").Number("free"));
        await tooBig.ExpectProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(10, (await unblock.ExpectJsonAsync(HttpStatusCode.OK)).Number("free"));
    }

    [Fact]
    public async Task A_closed_facility_takes_no_one_until_reopened()
    {
        await using var app = new AccommodationApp();
        var staff = await app.ClientForAsync("staff");
        var id = await staff.RegisterAsync(capacity: 10);

        (await staff.PostAsJsonAsync($"{AccommodationClient.Api}/facilities/{id}/close", new { reason = "Schulsport" })).EnsureSuccessStatusCode();
        using var whileClosed = await staff.PlaceAsync(id, "A-1", 2);
        (await staff.PostAsync($"{AccommodationClient.Api}/facilities/{id}/reopen", null)).EnsureSuccessStatusCode();
        using var afterReopening = await staff.PlaceAsync(id, "A-1", 2);

        Assert.Equal("facility-closed", (await whileClosed.ExpectProblemAsync(HttpStatusCode.Conflict)).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.Created, afterReopening.StatusCode);
    }
}

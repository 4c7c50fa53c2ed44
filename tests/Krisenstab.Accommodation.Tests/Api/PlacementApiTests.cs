using System.Net;
using System.Net.Http.Json;
using Krisenstab.Accommodation.Tests.Support;

namespace Krisenstab.Accommodation.Tests.Api;

public sealed class PlacementApiTests
{
    [Fact]
    public async Task A_placement_retried_with_the_same_idempotency_key_places_once()
    {
        await using var app = new AccommodationApp();
        var staff = await app.ClientForAsync("staff");
        var id = await staff.RegisterAsync(capacity: 10);
        var key = Guid.NewGuid().ToString();

        using var first = await staff.PlaceAsync(id, "A-1", 4, key);
        using var retry = await staff.PlaceAsync(id, "A-1", 4, key);

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created), (first.StatusCode, retry.StatusCode));
        Assert.Equal(4, (await staff.FacilityAsync(id)).Number("occupied"));
    }

    [Fact]
    public async Task Without_an_idempotency_key_the_same_household_is_refused_the_second_time()
    {
        await using var app = new AccommodationApp();
        var staff = await app.ClientForAsync("staff");
        var id = await staff.RegisterAsync(capacity: 10);

        (await staff.PlaceAsync(id, "A-1", 4)).EnsureSuccessStatusCode();
        using var again = await staff.PlaceAsync(id, "A-1", 4);

        Assert.Equal("household-already-placed", (await again.ExpectProblemAsync(HttpStatusCode.Conflict)).GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_transfer_moves_the_household_as_a_whole()
    {
        await using var app = new AccommodationApp();
        var staff = await app.ClientForAsync("staff");
        var from = await staff.RegisterAsync(capacity: 10, kind: "emergency-shelter");
        var to = await staff.RegisterAsync(capacity: 6, kind: "flat", town: CaseStudyTowns.County);
        (await staff.PlaceAsync(from, "A-1", 5)).EnsureSuccessStatusCode();

        using var response = await staff.PostAsJsonAsync($"{AccommodationClient.Api}/facilities/{from}/households/A-1/transfer", new { toFacilityId = to });

        var done = await response.ExpectJsonAsync(HttpStatusCode.OK);
        Assert.Equal((0, 5), (done.GetProperty("from").Number("occupied"), done.GetProperty("to").Number("occupied")));
        Assert.Equal(0, (await staff.FacilityAsync(from)).Number("occupied"));
        Assert.Equal(1, (await staff.FacilityAsync(to)).Number("free"));
    }

    [Fact]
    public async Task A_transfer_into_a_facility_without_room_leaves_the_household_where_it_is()
    {
        await using var app = new AccommodationApp();
        var staff = await app.ClientForAsync("staff");
        var from = await staff.RegisterAsync(capacity: 10);
        var to = await staff.RegisterAsync(capacity: 3);
        (await staff.PlaceAsync(from, "A-1", 5)).EnsureSuccessStatusCode();

        using var response = await staff.PostAsJsonAsync($"{AccommodationClient.Api}/facilities/{from}/households/A-1/transfer", new { toFacilityId = to });

        Assert.Equal("no-room", (await response.ExpectProblemAsync(HttpStatusCode.Conflict)).GetProperty("code").GetString());
        Assert.Equal(5, (await staff.FacilityAsync(from)).Number("occupied"));
        Assert.Equal(0, (await staff.FacilityAsync(to)).Number("occupied"));
    }

    [Fact]
    public async Task Moving_out_into_private_housing_frees_the_places()
    {
        await using var app = new AccommodationApp();
        var staff = await app.ClientForAsync("staff");
        var id = await staff.RegisterAsync(capacity: 10);
        (await staff.PlaceAsync(id, "A-1", 5)).EnsureSuccessStatusCode();

        using var response = await staff.PostAsJsonAsync($"{AccommodationClient.Api}/facilities/{id}/households/A-1/move-out", new { reason = "private-housing" });

        Assert.Equal(10, (await response.ExpectJsonAsync(HttpStatusCode.OK)).Number("free"));
    }

    [Fact]
    public async Task A_reservation_turned_into_a_placement_uses_the_held_places()
    {
        await using var app = new AccommodationApp();
        var staff = await app.ClientForAsync("staff");
        var id = await staff.RegisterAsync(capacity: 10);

        using var reserve = await staff.PostAsJsonAsync($"{AccommodationClient.Api}/facilities/{id}/reservations", new { places = 8, expiresAt = DateTimeOffset.UtcNow.AddHours(6), reference = "Zuweisung 14/2022" });
        var reservationId = (await reserve.ExpectJsonAsync(HttpStatusCode.Created)).GetProperty("reservationId").GetGuid();
        using var other = await staff.PlaceAsync(id, "OTHER", 3);
        using var placed = await staff.PostAsJsonAsync($"{AccommodationClient.Api}/facilities/{id}/reservations/{reservationId}/placements", new { householdRef = "A-1", size = 6 });

        await other.ExpectProblemAsync(HttpStatusCode.Conflict);
        var figures = (await placed.ExpectJsonAsync(HttpStatusCode.Created)).GetProperty("facility");
        Assert.Equal((6, 2, 2), (figures.Number("occupied"), figures.Number("reserved"), figures.Number("free")));
    }
}

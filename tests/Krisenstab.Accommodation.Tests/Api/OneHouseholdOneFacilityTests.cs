using System.Net;
using System.Net.Http.Json;
using Krisenstab.Accommodation.Placements;
using Krisenstab.Accommodation.Tests.Support;
using Krisenstab.EventStore;
using Krisenstab.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Krisenstab.Accommodation.Tests.Api;

/// <summary>A household is never in two facilities at once: never split, never doubled.</summary>
public sealed class OneHouseholdOneFacilityTests
{
    [Fact]
    public async Task A_household_placed_in_one_facility_is_refused_by_another()
    {
        await using var app = new AccommodationApp();
        var staff = await app.ClientForAsync("staff");
        var first = await staff.RegisterAsync(capacity: 10);
        var second = await staff.RegisterAsync(capacity: 10);
        (await staff.PlaceAsync(first, "G-1", 3)).EnsureSuccessStatusCode();

        using var again = await staff.PlaceAsync(second, "G-1", 3);

        Assert.Equal("household-placed-elsewhere", (await again.ExpectProblemAsync(HttpStatusCode.Conflict)).GetProperty("code").GetString());
        Assert.Equal(0, (await staff.FacilityAsync(second)).Number("occupied"));
    }

    [Fact]
    public async Task After_moving_out_or_a_refused_placement_the_household_can_be_placed_elsewhere()
    {
        await using var app = new AccommodationApp();
        var staff = await app.ClientForAsync("staff");
        var small = await staff.RegisterAsync(capacity: 2);
        var first = await staff.RegisterAsync(capacity: 10);
        var second = await staff.RegisterAsync(capacity: 10);

        using var noRoom = await staff.PlaceAsync(small, "G-2", 3);
        (await staff.PlaceAsync(first, "G-2", 3)).EnsureSuccessStatusCode();
        (await staff.PostAsJsonAsync($"{AccommodationClient.Api}/facilities/{first}/households/G-2/move-out", new { reason = "private-housing" })).EnsureSuccessStatusCode();
        using var placedAgain = await staff.PlaceAsync(second, "G-2", 3);

        Assert.Equal("no-room", (await noRoom.ExpectProblemAsync(HttpStatusCode.Conflict)).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.Created, placedAgain.StatusCode);
        Assert.Equal(3, (await staff.FacilityAsync(second)).Number("occupied"));
    }

    [Fact]
    public async Task A_transferred_household_belongs_to_the_target_only()
    {
        await using var app = new AccommodationApp();
        var staff = await app.ClientForAsync("staff");
        var from = await staff.RegisterAsync(capacity: 10);
        var to = await staff.RegisterAsync(capacity: 10);
        var third = await staff.RegisterAsync(capacity: 10);
        (await staff.PlaceAsync(from, "G-3", 2)).EnsureSuccessStatusCode();
        (await staff.PostAsJsonAsync($"{AccommodationClient.Api}/facilities/{from}/households/G-3/transfer", new { toFacilityId = to })).EnsureSuccessStatusCode();

        using var backInSource = await staff.PlaceAsync(from, "G-3", 2);
        using var inThird = await staff.PlaceAsync(third, "G-3", 2);

        Assert.Equal("household-placed-elsewhere", (await backInSource.ExpectProblemAsync(HttpStatusCode.Conflict)).GetProperty("code").GetString());
        Assert.Equal("household-placed-elsewhere", (await inThird.ExpectProblemAsync(HttpStatusCode.Conflict)).GetProperty("code").GetString());
        Assert.Equal((0, 2, 0), ((await staff.FacilityAsync(from)).Number("occupied"), (await staff.FacilityAsync(to)).Number("occupied"), (await staff.FacilityAsync(third)).Number("occupied")));
    }

    [Fact]
    public async Task Concurrent_placements_of_the_same_households_into_two_facilities_on_Sqlite_place_each_exactly_once()
    {
        await using var app = new AccommodationApp();
        await EachHouseholdLandsOnceAsync(app);
    }

    [Fact]
    public async Task Concurrent_placements_of_the_same_households_into_two_facilities_on_Postgres_place_each_exactly_once()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await using var app = new AccommodationApp(postgres: database.ConnectionString);
        await EachHouseholdLandsOnceAsync(app);
    }

    [Fact]
    public async Task Two_simultaneous_requests_for_one_household_into_a_nearly_full_facility_never_place_it_without_its_residence()
    {
        await using var app = new AccommodationApp();
        var staff = await app.ClientForAsync("staff");
        var residences = app.Services.GetRequiredService<AggregateStore<HouseholdResidence>>();
        var other = await staff.RegisterAsync(capacity: 10);
        for (var round = 0; round < 5; round++)
        {
            var nearlyFull = await staff.RegisterAsync(capacity: 5);
            (await staff.PlaceAsync(nearlyFull, $"FULL-{round}", 2)).EnsureSuccessStatusCode();
            var householdRef = $"G-8-{round}";

            var responses = await Task.WhenAll(staff.PlaceAsync(nearlyFull, householdRef, 3), staff.PlaceAsync(nearlyFull, householdRef, 3));

            Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
            Assert.Equal(nearlyFull, (await residences.LoadAsync(residences.StreamOf(householdRef))).State.FacilityId);
            Assert.Equal(5, (await staff.FacilityAsync(nearlyFull)).Number("occupied"));
            using var elsewhere = await staff.PlaceAsync(other, householdRef, 3);
            Assert.Equal("household-placed-elsewhere", (await elsewhere.ExpectProblemAsync(HttpStatusCode.Conflict)).GetProperty("code").GetString());
        }
    }

    [Fact]
    public async Task A_transfer_racing_a_move_out_leaves_the_household_in_exactly_one_place_or_none()
    {
        await using var app = new AccommodationApp();
        var staff = await app.ClientForAsync("staff");
        var residences = app.Services.GetRequiredService<AggregateStore<HouseholdResidence>>();
        var from = await staff.RegisterAsync(capacity: 30);
        var to = await staff.RegisterAsync(capacity: 30);
        var refs = Enumerable.Range(0, 8).Select(i => $"G-9-{i}").ToList();
        foreach (var householdRef in refs)
        {
            (await staff.PlaceAsync(from, householdRef, 2)).EnsureSuccessStatusCode();
        }

        var races = await Task.WhenAll(refs.Select(async householdRef =>
        {
            var results = await Task.WhenAll(
                staff.PostAsJsonAsync($"{AccommodationClient.Api}/facilities/{from}/households/{householdRef}/transfer", new { toFacilityId = to }),
                staff.PostAsJsonAsync($"{AccommodationClient.Api}/facilities/{from}/households/{householdRef}/move-out", new { reason = "private-housing" }));
            return (Ref: householdRef, Transferred: results[0].IsSuccessStatusCode, MovedOut: results[1].IsSuccessStatusCode);
        }));

        var source = await staff.FacilityAsync(from);
        var target = await staff.FacilityAsync(to);
        var inTarget = target.GetProperty("households").EnumerateArray().Select(h => h.GetProperty("householdRef").GetString()).ToHashSet();
        Assert.Equal(0, source.Number("occupied"));
        Assert.Equal(2 * inTarget.Count, target.Number("occupied"));
        foreach (var race in races)
        {
            Assert.True(race.Transferred ^ race.MovedOut, $"{race.Ref}: transferred {race.Transferred}, moved out {race.MovedOut}");
            Assert.Equal(race.Transferred, inTarget.Contains(race.Ref));
            Assert.Equal(race.Transferred ? to : null, (await residences.LoadAsync(residences.StreamOf(race.Ref))).State.FacilityId);
        }
    }

    [Fact]
    public async Task An_idempotency_key_reused_for_another_request_is_refused_and_stores_nothing()
    {
        await using var app = new AccommodationApp();
        var staff = await app.ClientForAsync("staff");
        var facility = await staff.RegisterAsync(capacity: 10);
        var key = Guid.NewGuid().ToString();
        (await staff.PlaceAsync(facility, "G-6", 4, key)).EnsureSuccessStatusCode();

        using var reused = await staff.PlaceAsync(facility, "G-7", 2, key);

        var problem = await reused.ExpectProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("idempotency-key-reused", problem.GetProperty("code").GetString());
        Assert.Contains(problem.GetProperty("errors").EnumerateObject(), error => error.Name == "Idempotency-Key");
        var after = await staff.FacilityAsync(facility);
        Assert.Equal((4, 1), (after.Number("occupied"), after.GetProperty("households").GetArrayLength()));
    }

    private static async Task EachHouseholdLandsOnceAsync(AccommodationApp app)
    {
        const int households = 10;
        var staff = await app.ClientForAsync("staff");
        var east = await staff.RegisterAsync(capacity: 50);
        var west = await staff.RegisterAsync(capacity: 50);

        var attempts = Enumerable.Range(0, households).SelectMany(i => new[] { (Facility: east, Ref: $"C-{i:00}"), (Facility: west, Ref: $"C-{i:00}") });
        var responses = await Task.WhenAll(attempts.Select(async a => (a.Ref, Response: await staff.PlaceAsync(a.Facility, a.Ref, 2))));

        foreach (var group in responses.GroupBy(r => r.Ref))
        {
            Assert.Equal(1, group.Count(r => r.Response.StatusCode == HttpStatusCode.Created));
            var refused = group.Single(r => r.Response.StatusCode != HttpStatusCode.Created).Response;
            Assert.Equal("household-placed-elsewhere", (await refused.ExpectProblemAsync(HttpStatusCode.Conflict)).GetProperty("code").GetString());
        }
        var placed = (await staff.FacilityAsync(east)).GetProperty("households").EnumerateArray()
            .Concat((await staff.FacilityAsync(west)).GetProperty("households").EnumerateArray())
            .Select(h => h.GetProperty("householdRef").GetString())
            .ToList();
        Assert.Equal(households, placed.Count);
        Assert.Equal(households, placed.Distinct().Count());
    }
}

using System.Net;
using Krisenstab.Accommodation.Tests.Support;
using Krisenstab.Testing;

namespace Krisenstab.Accommodation.Tests.Api;

/// <summary>The invariant under load, on both stores: fifty households of one into ten free places.</summary>
public sealed class ConcurrencyTests
{
    private const int Free = 10;
    private const int Attempts = 50;

    [Fact]
    public async Task Fifty_concurrent_placements_into_ten_free_places_on_Sqlite_place_exactly_ten()
    {
        await using var app = new AccommodationApp();
        await ExactlyTheOnesThatFitSucceedAsync(app);
    }

    [Fact]
    public async Task Fifty_concurrent_placements_into_ten_free_places_on_Postgres_place_exactly_ten()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await using var app = new AccommodationApp(postgres: database.ConnectionString);
        await ExactlyTheOnesThatFitSucceedAsync(app);
    }

    private static async Task ExactlyTheOnesThatFitSucceedAsync(AccommodationApp app)
    {
        var staff = await app.ClientForAsync("staff");
        var facility = await staff.RegisterAsync(capacity: 14);
        (await staff.PlaceAsync(facility, "ALREADY-THERE", 4)).EnsureSuccessStatusCode();

        var responses = await Task.WhenAll(Enumerable.Range(0, Attempts).Select(i => staff.PlaceAsync(facility, $"H-{i:00}", 1)));

        Assert.Equal(Free, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        var refused = responses.Where(r => r.StatusCode != HttpStatusCode.Created).ToList();
        Assert.Equal(Attempts - Free, refused.Count);
        foreach (var response in refused)
        {
            var problem = await response.ExpectProblemAsync(HttpStatusCode.Conflict);
            Assert.Equal("no-room", problem.GetProperty("code").GetString());
            Assert.StartsWith("There is no room", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }
        var after = await staff.FacilityAsync(facility);
        Assert.Equal((14, 0, Free + 1), (after.Number("occupied"), after.Number("free"), after.GetProperty("households").GetArrayLength()));
    }
}

using System.Collections.Concurrent;
using System.Net;
using Krisenstab.Accommodation.Facilities;
using Krisenstab.Accommodation.Tests.Support;
using Krisenstab.EventStore;
using Krisenstab.ServiceDefaults.Commands;
using Krisenstab.Testing;

namespace Krisenstab.Accommodation.Tests.Api;

/// <summary>A burst on one facility is queued or shed with 503, never a collapse; a retry with its key is answered once.</summary>
public sealed class BackpressureTests
{
    private const int Clients = 64;
    private const int HouseholdsPerClient = 4;
    private const int Capacity = 150;
    private const int RetriesAfter503 = 5;

    [Fact]
    public Task A_placement_that_cannot_start_in_time_on_Sqlite_is_503_with_Retry_After_and_its_retry_places_once() =>
        OverloadedThenRetriedAsync(postgres: null);

    [Fact]
    public async Task A_placement_that_cannot_start_in_time_on_Postgres_is_503_with_Retry_After_and_its_retry_places_once()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await OverloadedThenRetriedAsync(database.ConnectionString);
    }

    [Fact]
    public Task Sixty_four_concurrent_clients_fill_one_facility_on_Sqlite_and_every_answer_is_201_no_room_or_503() =>
        FillFromManyClientsAsync(postgres: null);

    [Fact]
    public async Task Sixty_four_concurrent_clients_fill_one_facility_on_Postgres_and_every_answer_is_201_no_room_or_503()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await FillFromManyClientsAsync(database.ConnectionString);
    }

    private static async Task OverloadedThenRetriedAsync(string? postgres)
    {
        await using var app = new AccommodationApp(postgres, settings: new Dictionary<string, string>
        {
            ["Krisenstab:Commands:QueueTimeout"] = "00:00:00.2",
        });
        var staff = await app.ClientForAsync("staff");
        var facility = await staff.RegisterAsync(capacity: 10);
        var stream = app.Service<AggregateStore<Facility>>().StreamOf(facility);

        HttpResponseMessage overloaded;
        await using (await app.Service<CommandGates>().EnterAsync([stream], default))
        {
            overloaded = await staff.PlaceAsync(facility, "H-1", 3, idempotencyKey: "burst-1");
        }
        var problem = await overloaded.ExpectProblemAsync(HttpStatusCode.ServiceUnavailable);
        var whileOverloaded = await staff.FacilityAsync(facility);
        using var retried = await staff.PlaceAsync(facility, "H-1", 3, idempotencyKey: "burst-1");
        using var retriedAgain = await staff.PlaceAsync(facility, "H-1", 3, idempotencyKey: "burst-1");

        Assert.Equal("1", Assert.Single(overloaded.Headers.GetValues("Retry-After")));
        Assert.Equal("urn:krisenstab:problem:overloaded", problem.GetProperty("type").GetString());
        Assert.StartsWith("Overloaded", problem.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal("overloaded", problem.GetProperty("code").GetString());
        Assert.Equal((0, 0), (whileOverloaded.Number("occupied"), whileOverloaded.GetProperty("households").GetArrayLength()));
        var first = await retried.ExpectJsonAsync(HttpStatusCode.Created);
        var second = await retriedAgain.ExpectJsonAsync(HttpStatusCode.Created);
        Assert.Equal(first.ToString(), second.ToString());
        Assert.Equal(retried.Headers.Location, retriedAgain.Headers.Location);
        var after = await staff.FacilityAsync(facility);
        Assert.Equal((3, 1), (after.Number("occupied"), after.GetProperty("households").GetArrayLength()));
        overloaded.Dispose();
    }

    /// <summary>
    /// 64 clients, each placing its households one after another (a 503 is retried with the same key): every answer is
    /// 201, 409 no-room or 503; the facility holds exactly the households answered 201, never more than its capacity.
    /// </summary>
    private static async Task FillFromManyClientsAsync(string? postgres)
    {
        await using var app = new AccommodationApp(postgres);
        var staff = await app.ClientForAsync("staff");
        var facility = await staff.RegisterAsync(capacity: Capacity);
        var answers = new ConcurrentBag<(string Household, HttpStatusCode Status, string? Code, bool RetryAfter)>();

        await Task.WhenAll(Enumerable.Range(0, Clients).Select(client => Task.Run(async () =>
        {
            using var http = await app.ClientForAsync("staff");
            for (var i = 0; i < HouseholdsPerClient; i++)
            {
                var household = $"C{client:00}-{i}";
                for (var attempt = 0; attempt <= RetriesAfter503; attempt++)
                {
                    using var response = await http.PlaceAsync(facility, household, 1, idempotencyKey: household);
                    var code = response.StatusCode == HttpStatusCode.Created ? null : (await response.ExpectJsonAsync(response.StatusCode)).GetProperty("code").GetString();
                    answers.Add((household, response.StatusCode, code, response.Headers.RetryAfter is not null));
                    if (response.StatusCode != HttpStatusCode.ServiceUnavailable)
                    {
                        break;
                    }
                }
            }
        })));

        var after = await staff.FacilityAsync(facility);
        var placed = after.GetProperty("households").EnumerateArray().Select(h => h.GetProperty("householdRef").GetString()!).Order().ToList();
        var created = answers.Where(a => a.Status == HttpStatusCode.Created).Select(a => a.Household).Order().ToList();
        Assert.All(answers, a => Assert.True(
            (a.Status, a.Code) is (HttpStatusCode.Created, null) or (HttpStatusCode.Conflict, "no-room") || (a.Status, a.Code, a.RetryAfter) is (HttpStatusCode.ServiceUnavailable, "overloaded", true),
            $"{a.Household}: {(int)a.Status} {a.Code}"));
        Assert.Equal(created, placed);
        Assert.Equal(created.Count, after.Number("occupied"));
        Assert.True(created.Count <= Capacity, $"{created.Count} placed into {Capacity} places");
        if (answers.Any(a => a.Code == "no-room"))
        {
            Assert.Equal((Capacity, 0), (after.Number("occupied"), after.Number("free")));
        }
        Assert.NotEmpty(created);
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Krisenstab.EventStore;
using Krisenstab.Security.Tests.RoleMatrix;
using Krisenstab.ServiceDefaults;
using Krisenstab.SituationReports.Allocations;
using Krisenstab.Testing;
using Microsoft.AspNetCore.Routing;

namespace Krisenstab.Security.Tests.HostileInput;

/// <summary>
/// At least 10,000 hostile requests, spread evenly over every endpoint of the app (each receives every <see cref="Attack"/>
/// in turn, the details drawn from one fixed seed), as an admin, so every request reaches the module: none may answer
/// 5xx, every refusal must be a problem detail, and a refused request must leave its module's store where it was.
/// </summary>
public sealed class HostileInputTests
{
    private const int Seed = 20_261_201;
    private const int AtLeast = 10_000;

    /// <summary>SignalR's own transport answers (negotiate, the WebSocket upgrade) are not the API's; they are checked for 5xx only.</summary>
    private static bool IsHubTransport(DeclaredEndpoint endpoint) => endpoint.Pattern.StartsWith("/hubs/", StringComparison.Ordinal);

    [Fact]
    public async Task Ten_thousand_hostile_requests_over_every_endpoint_answer_no_5xx_only_problem_details_and_write_nothing_when_refused()
    {
        await using var app = new GatewayApp(settings: new Dictionary<string, string> { ["Krisenstab:Accommodation:ExpirySweepInterval"] = "1.00:00:00" });
        var admin = await app.ClientForAsync(Roles.Admin);
        var knownIds = await SeedAsync(admin);
        var endpoints = DeclaredEndpoint.All(app.Service<EndpointDataSource>());
        var stores = new[] { "situation", "accommodation" }.ToDictionary(name => name, app.KeyedService<IEventStore>);
        var positions = new Dictionary<string, long>();
        foreach (var (name, store) in stores)
        {
            positions[name] = (await HeadAsync(store, 0)).Head;
        }
        var factory = new HostileRequestFactory(new Random(Seed), knownIds);
        var attacks = Enum.GetValues<Attack>();
        var perEndpoint = (AtLeast / endpoints.Count + 1 + attacks.Length - 1) / attacks.Length * attacks.Length;
        var failures = new List<string>();
        var sent = 0;
        var answered = new Dictionary<int, int>();

        for (var round = 0; round < perEndpoint; round++)
        {
            foreach (var endpoint in endpoints)
            {
                var attack = attacks[round % attacks.Length];
                using var request = factory.Create(endpoint, attack);
                var described = $"{attack} {request.Method} {Shorten(request.RequestUri!.OriginalString)}";
                using var response = await admin.SendAsync(request);
                sent++;
                var status = (int)response.StatusCode;
                answered[status] = answered.GetValueOrDefault(status) + 1;
                if (status >= 500)
                {
                    failures.Add($"{described}: {status} {Shorten(await response.Content.ReadAsStringAsync())}");
                }
                else if (status >= 400 && !IsHubTransport(endpoint) && await NotAProblemAsync(response, status) is { } notProblem)
                {
                    failures.Add($"{described}: {status} is not a problem detail: {notProblem}");
                }
                var module = endpoint.Pattern.Split('/') is [_, "api", var name, ..] ? name : null;
                // A GET cannot write; checking the store after each one would only slow the run.
                if (module is not null && endpoint.Method != "GET" && stores.TryGetValue(module, out var store))
                {
                    var (head, written) = await HeadAsync(store, positions[module]);
                    if (status >= 400 && written)
                    {
                        failures.Add($"{described}: refused with {status} but the {module} store moved from {positions[module]} to {head}");
                    }
                    positions[module] = head;
                }
            }
        }

        Assert.True(sent >= AtLeast, $"only {sent} requests sent");
        Assert.True(answered.Keys.Any(status => status is >= 400 and < 500), "no request was refused: the attacks reached nothing");
        Assert.True(failures.Count == 0, $"{failures.Count} of {sent} requests failed; first ones:\n" + string.Join("\n", failures.Take(40)));
    }

    /// <summary>A crisis, a facility with a reservation and a placed household: ids the attacks aim at besides random ones.</summary>
    private static async Task<IReadOnlyList<Guid>> SeedAsync(HttpClient admin)
    {
        async Task<Guid> CreateAsync(string path, object body)
        {
            using var response = await admin.PostAsJsonAsync(path, body, GatewayApp.Json);
            Assert.True(response.IsSuccessStatusCode, $"{path}: {await response.Content.ReadAsStringAsync()}");
            var created = await response.Content.ReadFromJsonAsync<JsonElement>();
            return created.TryGetProperty("reservationId", out var reservation) ? reservation.GetGuid() : created.GetProperty("id").GetGuid();
        }
        var crisis = await CreateAsync("/api/situation/crises", new { name = "Zugang Süd", region = "Landkreis Kassel" });
        var facility = await CreateAsync("/api/accommodation/facilities",
            new { name = "Turnhalle Nord", kind = "emergency-shelter", town = "Baunatal", address = "Schulstraße 3", capacity = 40 });
        var reservation = await CreateAsync($"/api/accommodation/facilities/{facility}/reservations", new { places = 2, expiresAt = DateTimeOffset.UtcNow.AddDays(3) });
        using var placed = await admin.PostAsJsonAsync($"/api/accommodation/facilities/{facility}/placements", new { householdRef = "KS-2022-0417", size = 3 }, GatewayApp.Json);
        Assert.True(placed.IsSuccessStatusCode, await placed.Content.ReadAsStringAsync());
        return [crisis, facility, reservation];
    }

    /// <summary>
    /// Where the store stands, and whether a request wrote since <paramref name="from"/>. The situation service's consumer
    /// notes Accommodation's placements (streams <c>placements-*</c>) whenever the bus delivers them; those are not the
    /// request's doing.
    /// </summary>
    private static async Task<(long Head, bool Written)> HeadAsync(IEventStore store, long from)
    {
        var (head, written) = (from, false);
        while (await store.ReadAllAsync(head, 500) is { Count: > 0 } more)
        {
            head = more[^1].GlobalPosition;
            written |= more.Any(e => !e.Stream.StartsWith($"{AccommodationFacts.Category}-", StringComparison.Ordinal));
        }
        return (head, written);
    }

    private static async Task<string?> NotAProblemAsync(HttpResponseMessage response, int status)
    {
        var body = await response.Content.ReadAsStringAsync();
        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            return $"content type {response.Content.Headers.ContentType?.MediaType ?? "none"}: {Shorten(body)}";
        }
        try
        {
            using var problem = JsonDocument.Parse(body);
            return problem.RootElement.TryGetProperty("status", out var said) && said.GetInt32() == status && problem.RootElement.TryGetProperty("title", out _)
                ? null
                : $"no matching status and title: {Shorten(body)}";
        }
        catch (JsonException)
        {
            return $"not JSON: {Shorten(body)}";
        }
    }

    private static string Shorten(string text) => text.Length <= 200 ? text : text[..200] + "…";
}

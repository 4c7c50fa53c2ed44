using System.Net;
using System.Net.Http.Json;
using Krisenstab.Accommodation.Tests.Support;
using Krisenstab.EventStore;

namespace Krisenstab.Accommodation.Tests.Api;

/// <summary>
/// Shedding at the front: with a threshold every real scheduling delay exceeds (100 ns), the server always reads as
/// behind, so every command is refused before it runs, while reads and sign-in go on.
/// </summary>
public sealed class OverloadSheddingTests
{
    [Fact]
    public async Task While_the_server_is_behind_a_command_is_refused_503_before_it_runs_and_reads_and_sign_in_go_on()
    {
        await using var app = new AccommodationApp(settings: new Dictionary<string, string>
        {
            ["Krisenstab:Overload:MaxSchedulingDelay"] = "00:00:00.0000001",
        });
        var staff = await app.ClientForAsync("staff");
        var unknownFacility = Guid.NewGuid();

        // Until the first probe has run the server reads as on time: then this placement would be answered 404.
        using var shed = await FirstAnswerOtherThan(HttpStatusCode.NotFound, () => staff.PlaceAsync(unknownFacility, "H-1", 2, idempotencyKey: "shed-1"));
        var problem = await shed.ExpectProblemAsync(HttpStatusCode.ServiceUnavailable);
        using var registration = await staff.PostAsJsonAsync($"{AccommodationClient.Api}/facilities", new { name = "Turnhalle", capacity = 10 });
        using var read = await staff.GetAsync($"{AccommodationClient.Api}/free-places");
        var stored = await app.KeyedService<IEventStore>(AccommodationModule.StoreName).ReadAllAsync(0, 100);

        Assert.Equal("1", Assert.Single(shed.Headers.GetValues("Retry-After")));
        Assert.Equal(("urn:krisenstab:problem:overloaded", "overloaded"), (problem.GetProperty("type").GetString(), problem.GetProperty("code").GetString()));
        Assert.Contains("ms behind", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, registration.StatusCode);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Empty(stored);
    }

    private static async Task<HttpResponseMessage> FirstAnswerOtherThan(HttpStatusCode status, Func<Task<HttpResponseMessage>> send)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var response = await send();
            if (response.StatusCode != status || DateTime.UtcNow > deadline)
            {
                return response;
            }
            response.Dispose();
        }
    }
}

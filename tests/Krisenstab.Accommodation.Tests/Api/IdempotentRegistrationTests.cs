using System.Net;
using Krisenstab.Accommodation.Facilities;
using Krisenstab.Accommodation.Tests.Support;
using Krisenstab.EventStore;
using Krisenstab.Testing;

namespace Krisenstab.Accommodation.Tests.Api;

/// <summary>A registration sent again with its Idempotency-Key (the form's double submit, a retry) is one facility.</summary>
public sealed class IdempotentRegistrationTests
{
    [Fact]
    public async Task A_registration_sent_twice_with_one_key_is_one_facility_and_the_key_with_another_facility_is_refused()
    {
        await using var app = new AccommodationApp();
        var staff = await app.ClientForAsync("staff");
        var turnhalle = Registration("Turnhalle Nord", 40);

        using var first = await staff.PostWithKeyAsync($"{AccommodationClient.Api}/facilities", turnhalle, "register-1");
        using var again = await staff.PostWithKeyAsync($"{AccommodationClient.Api}/facilities", turnhalle, "register-1");
        using var other = await staff.PostWithKeyAsync($"{AccommodationClient.Api}/facilities", Registration("Hotel Post", 25), "register-1");

        var id = (await first.ExpectJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        Assert.Equal(id, (await again.ExpectJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid());
        Assert.Equal(first.Headers.Location, again.Headers.Location);
        Assert.Equal("idempotency-key-reused", (await other.ExpectProblemAsync(HttpStatusCode.UnprocessableEntity)).GetProperty("code").GetString());
        var stream = await app.KeyedService<IEventStore>(AccommodationModule.StoreName).ReadStreamAsync(app.Service<AggregateStore<Facility>>().StreamOf(id));
        Assert.Single(stream);
        Assert.Equal(40, (await staff.FacilityAsync(id)).Number("capacity"));
    }

    private static object Registration(string name, int capacity) => new
    {
        name,
        kind = "shared-shelter",
        town = CaseStudyTowns.City,
        address = "Hauptstraße 1",
        @operator = new { kind = "municipal" },
        capacity,
        features = Array.Empty<string>(),
    };
}

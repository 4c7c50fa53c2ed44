using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Krisenstab.Dashboard.Tests.Support;
using Krisenstab.ServiceDefaults;
using Krisenstab.Testing;

namespace Krisenstab.Dashboard.Tests.Staffing;

/// <summary>Staff pool events through the bus into the crisis journal: the picture's staffing section and the feed.</summary>
public sealed class StaffingPictureTests
{
    private const string Api = "/api/staffing";
    private const string Name = "Erika Mustermann";

    [Theory]
    [MemberData(nameof(EngineApp.Engines), MemberType = typeof(EngineApp))]
    public async Task An_assignment_for_a_crisis_reaches_its_picture_and_feed_without_the_members_name(string engine)
    {
        await using var started = await EngineApp.StartAsync(engine);
        var head = await started.App.ClientForAsync(Roles.Head);
        var crisis = await head.OpenCrisisAsync();
        var gym = await head.RegisterFacilityAsync("Turnhalle Nord", "Bramsche", 40);
        var member = await RegisterStaffAsync(head, "Bürgeramt", Name, "uk");
        await RegisterStaffAsync(head, "Bürgeramt", "Max Mustermann");
        var request = await RequestAsync(head, crisis, gym, needed: 2);

        using var assigned = await head.PostAsJsonAsync($"{Api}/requests/{request}/assignments", new { memberId = member });
        await assigned.ExpectJsonAsync(HttpStatusCode.Created);

        var picture = (await Eventually.ReturnsAsync(
            () => head.TryGetJsonAsync($"/api/dashboard/crises/{crisis}/picture"),
            p => p is { } json && json.GetProperty("staffing").GetProperty("assigned").GetInt32() == 1,
            "the assignment in the crisis picture"))!.Value;
        var staffing = picture.GetProperty("staffing");
        Assert.Equal(2, staffing.Number("requested"));
        var open = Assert.Single(staffing.GetProperty("openRequests").EnumerateArray());
        Assert.Equal((request, 1, "Turnhalle Nord"), (open.GetProperty("requestId").GetGuid(), open.Number("open"), open.GetProperty("place").GetString()));
        var place = Assert.Single(staffing.GetProperty("places").EnumerateArray());
        Assert.Equal(gym, place.GetProperty("facilityId").GetGuid());
        Assert.Equal("uk", Assert.Single(Assert.Single(place.GetProperty("deployments").EnumerateArray()).GetProperty("languages").EnumerateArray()).GetString());
        var department = Assert.Single(staffing.GetProperty("departments").EnumerateArray());
        Assert.Equal(("Bürgeramt", 2, 1, 1), (department.GetProperty("name").GetString(), department.Number("poolMembers"), department.Number("cap"), department.GetProperty("away").GetArrayLength()));

        var feed = picture.GetProperty("feed").EnumerateArray().Select(l => l.GetProperty("de").GetString()).ToList();
        Assert.Contains("Turnhalle Nord: Mitarbeiter/in aus Bürgeramt eingesetzt (uk), 1 von 2 besetzt", feed);
        Assert.Contains(feed, l => l!.StartsWith("Turnhalle Nord: Ankunftszentrum fordert Personal an, 2 Personen", StringComparison.Ordinal));
        Assert.DoesNotContain(Name, picture.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Erika", (await head.GetJsonAsync($"/api/dashboard/crises/{crisis}/feed")).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_request_without_a_crisis_stays_out_of_every_picture_and_a_release_empties_the_place()
    {
        await using var app = new GatewayApp();
        var head = await app.ClientForAsync(Roles.Head);
        var crisis = await head.OpenCrisisAsync();
        var member = await RegisterStaffAsync(head, "Jugendamt", Name, "ar");
        await RegisterStaffAsync(head, "Jugendamt", "Max Mustermann");
        var elsewhere = await RequestAsync(head, crisisId: null, facilityId: null, needed: 1);
        var request = await RequestAsync(head, crisis, facilityId: null, needed: 1);
        (await head.PostAsJsonAsync($"{Api}/requests/{elsewhere}/assignments", new { memberId = member })).EnsureSuccessStatusCode();
        (await head.PostAsync(new Uri($"{Api}/requests/{elsewhere}/assignments/{member}/release", UriKind.Relative), null)).EnsureSuccessStatusCode();
        (await head.PostAsJsonAsync($"{Api}/requests/{request}/assignments", new { memberId = member })).EnsureSuccessStatusCode();
        (await head.PostAsync(new Uri($"{Api}/requests/{request}/assignments/{member}/release", UriKind.Relative), null)).EnsureSuccessStatusCode();

        var staffing = (await Eventually.ReturnsAsync(
            () => head.TryGetJsonAsync($"/api/dashboard/crises/{crisis}/picture"),
            p => p is { } json && json.GetProperty("feed").EnumerateArray().Any(l => l.GetProperty("eventType").GetString() == "staffing.member-released.v1"),
            "the release in the crisis feed"))!.Value.GetProperty("staffing");

        Assert.Equal((1, 0), (staffing.Number("requested"), staffing.Number("assigned")));
        Assert.Equal(request, Assert.Single(staffing.GetProperty("openRequests").EnumerateArray()).GetProperty("requestId").GetGuid());
        Assert.Equal(0, staffing.GetProperty("places").GetArrayLength());
        Assert.Equal(0, Assert.Single(staffing.GetProperty("departments").EnumerateArray()).GetProperty("away").GetArrayLength());
    }

    private static async Task<Guid> RegisterStaffAsync(HttpClient client, string department, string name, params string[] languages)
    {
        using var response = await client.PostAsJsonAsync($"{Api}/members", new
        {
            kind = "staff",
            homeDepartment = department,
            name,
            skills = new[] { "registration" },
            languages = languages.Select(code => new { code, level = "fluent" }),
        });
        return (await response.ExpectJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
    }

    private static async Task<Guid> RequestAsync(HttpClient client, Guid? crisisId, Guid? facilityId, int needed)
    {
        using var response = await client.PostAsJsonAsync($"{Api}/requests", new
        {
            unit = "Ankunftszentrum",
            place = "Turnhalle Nord",
            facilityId,
            needed,
            requiredSkills = new[] { "registration" },
            from = "2022-03-14",
            to = "2022-03-27",
            crisisId,
        });
        return (await response.ExpectJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
    }
}

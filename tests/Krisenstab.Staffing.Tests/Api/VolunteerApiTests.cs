using System.Net;
using System.Net.Http.Json;
using Krisenstab.Staffing.Tests.Support;
using Krisenstab.Testing;

namespace Krisenstab.Staffing.Tests.Api;

/// <summary>The volunteer's own sign-in: linked to a pool member by its account, sees and claims open interpreting requests.</summary>
public sealed class VolunteerApiTests
{
    private const string Api = StaffingClient.Api;

    /// <summary>A second demo volunteer besides the development one, so two people can race for a request.</summary>
    private static readonly Dictionary<string, string> SecondVolunteer = new()
    {
        ["Krisenstab:Auth:Users:20:Name"] = "volunteer2",
        ["Krisenstab:Auth:Users:20:Password"] = GatewayApp.DemoPassword,
        ["Krisenstab:Auth:Users:20:Roles:0"] = "volunteer",
    };

    [Fact]
    public async Task A_volunteer_sees_requests_in_their_languages_and_the_first_claim_wins()
    {
        await using var app = new GatewayApp(settings: SecondVolunteer);
        var staff = await app.ClientForAsync("staff");
        var olena = await staff.RegisterAsync(Interpreter("Olena K.", "volunteer", "uk"));
        await staff.RegisterAsync(Interpreter("Iryna P.", "volunteer2", "uk"));
        await Eventually.ReturnsAsync(() => staff.GetJsonAsync($"{Api}/members"), list => list.GetArrayLength() == 2, "both members in the directory");
        var ukrainian = await staff.RequestAsync(needed: 1, languages: ["uk"], interpreting: true);
        var arabic = await staff.RequestAsync(needed: 1, languages: ["ar"], interpreting: true);
        var first = await app.ClientForAsync("volunteer");
        var second = await app.ClientForAsync("volunteer2");

        var open = await Eventually.ReturnsAsync(
            () => TryGetAsync(first, $"{Api}/me/open-requests"), json => json is { } list && list.GetArrayLength() > 0, "the volunteer's open requests");
        var me = await first.GetJsonAsync($"{Api}/me");
        Assert.Equal((olena, "Olena K."), (me.GetProperty("id").GetGuid(), me.GetProperty("name").GetString()));
        Assert.Equal([ukrainian], open!.Value.EnumerateArray().Select(r => r.GetProperty("id").GetGuid()));
        Assert.DoesNotContain(arabic, open.Value.EnumerateArray().Select(r => r.GetProperty("id").GetGuid()));

        using var won = await first.PostAsJsonAsync($"{Api}/me/claims", new { requestId = ukrainian });
        using var lost = await second.PostAsJsonAsync($"{Api}/me/claims", new { requestId = ukrainian });

        Assert.Equal(HttpStatusCode.Created, won.StatusCode);
        Assert.Equal("request-filled", await lost.ProblemCodeAsync(HttpStatusCode.Conflict));
        var request = await staff.GetJsonAsync($"{Api}/requests/{ukrainian}");
        Assert.True(request.GetProperty("assignments")[0].GetProperty("selfClaimed").GetBoolean());
        Assert.Equal(olena, request.GetProperty("assignments")[0].GetProperty("memberId").GetGuid());
        await Eventually.ReturnsAsync(
            () => second.GetJsonAsync($"{Api}/me/open-requests"), list => list.GetArrayLength() == 0, "the claimed request no longer open to others");
    }

    [Fact]
    public async Task A_volunteer_without_a_linked_member_is_told_so_and_claims_nothing()
    {
        await using var app = new GatewayApp();
        var staff = await app.ClientForAsync("staff");
        var request = await staff.RequestAsync(needed: 1, languages: ["uk"], interpreting: true);
        var volunteer = await app.ClientForAsync("volunteer");

        using var me = await volunteer.GetAsync($"{Api}/me");
        using var claim = await volunteer.PostAsJsonAsync($"{Api}/me/claims", new { requestId = request });

        Assert.Equal("member-not-found", await me.ProblemCodeAsync(HttpStatusCode.NotFound));
        Assert.Equal(HttpStatusCode.NotFound, claim.StatusCode);
        Assert.Equal(0, (await staff.GetJsonAsync($"{Api}/requests/{request}")).Number("assigned"));
    }

    [Fact]
    public async Task An_account_is_for_volunteers_only_and_signs_in_one_member()
    {
        await using var app = new GatewayApp();
        var staff = await app.ClientForAsync("staff");
        await staff.RegisterAsync(Interpreter("Olena K.", "volunteer", "uk"));
        await Eventually.ReturnsAsync(() => staff.GetJsonAsync($"{Api}/members"), list => list.GetArrayLength() == 1, "the member in the directory");

        using var forStaff = await staff.PostAsJsonAsync($"{Api}/members", new { kind = "staff", homeDepartment = "Bürgeramt", name = "A", account = "a.b" });
        using var taken = await staff.PostAsJsonAsync($"{Api}/members", Interpreter("Someone else", "volunteer", "ru"));

        var problem = await forStaff.ExpectJsonAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("account", out _), problem.ToString());
        Assert.Equal("account-taken", await taken.ProblemCodeAsync(HttpStatusCode.Conflict));
        Assert.Equal(1, (await staff.GetJsonAsync($"{Api}/members")).GetArrayLength());
    }

    [Fact]
    public async Task An_erased_volunteer_is_no_longer_signed_in_as_the_member()
    {
        await using var app = new GatewayApp();
        var staff = await app.ClientForAsync("staff");
        var admin = await app.ClientForAsync("admin");
        var member = await staff.RegisterAsync(Interpreter("Olena K.", "volunteer", "uk"));
        var volunteer = await app.ClientForAsync("volunteer");
        var me = await Eventually.ReturnsAsync(() => TryGetAsync(volunteer, $"{Api}/me"), json => json is not null, "the volunteer's member");
        Assert.Equal(member, me!.Value.GetProperty("id").GetGuid());
        var subject = (await staff.GetJsonAsync($"{Api}/members/{member}")).GetProperty("subject").GetString();

        (await admin.DeleteAsync($"{Api}/personal-data/{subject}")).EnsureSuccessStatusCode();

        using var erased = await volunteer.GetAsync($"{Api}/me");
        Assert.Equal(HttpStatusCode.NotFound, erased.StatusCode);
    }

    /// <summary>The body, or null while it is 404 (the directory catches up asynchronously).</summary>
    private static async Task<System.Text.Json.JsonElement?> TryGetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        return response.StatusCode == HttpStatusCode.NotFound ? null : await response.ExpectJsonAsync(HttpStatusCode.OK);
    }

    private static object Interpreter(string name, string account, string language) => new
    {
        kind = "interpreter",
        name,
        account,
        languages = new[] { new { code = language, level = "native" } },
        availability = new[] { new { from = StaffingClient.From, to = StaffingClient.To, hoursPerWeek = 10 } },
    };
}

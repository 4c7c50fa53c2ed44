using System.Net;
using System.Net.Http.Json;
using Krisenstab.Staffing.Tests.Support;
using Krisenstab.Testing;

namespace Krisenstab.Staffing.Tests.Api;

/// <summary>The pool's routes end to end in the embedded gateway: the flows, bad input, erasure, the queries.</summary>
public sealed class PoolApiTests
{
    private const string Api = StaffingClient.Api;

    [Fact]
    public Task Assign_confirm_release_on_Sqlite_show_how_far_a_request_is_filled() => Engines.OnSqliteAsync(AssignConfirmReleaseAsync);

    [Fact]
    public Task Assign_confirm_release_on_Postgres_show_how_far_a_request_is_filled() => Engines.OnPostgresAsync(AssignConfirmReleaseAsync);

    private static async Task AssignConfirmReleaseAsync(GatewayApp app)
    {
        var staff = await app.ClientForAsync("staff");
        var member = await staff.RegisterStaffAsync("Bürgeramt", "Erika Mustermann", "uk");
        await staff.RegisterStaffAsync("Bürgeramt", "Max Mustermann");
        var request = await staff.RequestAsync(needed: 2, languages: ["uk"]);

        using var assigned = await staff.AssignAsync(request, member);
        Assert.Equal(HttpStatusCode.Created, assigned.StatusCode);
        var filled = await staff.GetJsonAsync($"{Api}/requests/{request}");
        Assert.Equal((2, 1, 1), (filled.Number("needed"), filled.Number("assigned"), filled.Number("open")));

        (await staff.PostAsync($"{Api}/requests/{request}/assignments/{member}/confirm", null)).EnsureSuccessStatusCode();
        var released = await (await staff.PostAsync($"{Api}/requests/{request}/assignments/{member}/release", null)).ExpectJsonAsync(HttpStatusCode.OK);

        Assert.Equal(0, released.Number("assigned"));
        Assert.Equal("released", released.GetProperty("assignments")[0].GetProperty("status").GetString());
        var again = await staff.RequestAsync(needed: 1);
        using var reassigned = await staff.AssignAsync(again, member);
        Assert.Equal(HttpStatusCode.Created, reassigned.StatusCode);
    }

    [Theory]
    [InlineData("""{"kind":"staff","name":"A"}""", "homeDepartment")]
    [InlineData("""{"kind":"volunteer"}""", "name")]
    [InlineData("""{"kind":"astronaut","name":"A"}""", "kind")]
    [InlineData("""{"kind":"volunteer","name":"A","languages":[{"code":"ukrainisch","level":"fluent"}]}""", "languages")]
    [InlineData("""{"kind":"volunteer","name":"A","email":"no-address"}""", "email")]
    [InlineData("""{"kind":"volunteer","name":"A","availability":[{"from":"2022-03-10","to":"2022-03-01","hoursPerWeek":5}]}""", "availability")]
    public async Task A_bad_member_is_a_problem_naming_the_field_and_nothing_is_stored(string body, string field)
    {
        await using var app = new GatewayApp();
        var staff = await app.ClientForAsync("staff");

        using var response = await staff.PostAsync($"{Api}/members", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        var problem = await response.ExpectJsonAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").EnumerateObject().Any(e => string.Equals(e.Name.Replace("$.", "", StringComparison.Ordinal), field, StringComparison.OrdinalIgnoreCase)), problem.ToString());
        Assert.Equal(0, (await staff.GetJsonAsync($"{Api}/members")).GetArrayLength());
    }

    [Theory]
    [InlineData("""{"unit":"A","place":"B","from":"2022-03-01","to":"2022-03-02"}""", "needed")]
    [InlineData("""{"unit":"A","place":"B","needed":2,"from":"2022-03-01","to":"2022-03-02","requiredLanguages":["x1"]}""", "requiredLanguages")]
    [InlineData("""{"unit":"","place":"B","needed":2,"from":"2022-03-01","to":"2022-03-02"}""", "unit")]
    public async Task A_bad_request_is_a_problem_naming_the_field_and_nothing_is_stored(string body, string field)
    {
        await using var app = new GatewayApp();
        var staff = await app.ClientForAsync("staff");

        using var response = await staff.PostAsync($"{Api}/requests", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        var problem = await response.ExpectJsonAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
        Assert.Equal(0, (await staff.GetJsonAsync($"{Api}/requests")).GetArrayLength());
    }

    [Fact]
    public async Task Suggestions_rank_the_required_language_first_then_skills_and_leave_out_who_is_booked()
    {
        await using var app = new GatewayApp();
        var staff = await app.ClientForAsync("staff");
        var speaker = await staff.RegisterInterpreterAsync("Olena", "uk");
        var skilled = await staff.RegisterStaffAsync("Sozialamt", "Sam", "en");
        await staff.RegisterStaffAsync("Sozialamt", "Kim");
        var busy = await staff.RegisterInterpreterAsync("Iryna", "uk");
        var elsewhere = await staff.RequestAsync(needed: 1);
        (await staff.AssignAsync(elsewhere, busy)).EnsureSuccessStatusCode();
        var request = await staff.RequestAsync(needed: 2, languages: ["uk"], skills: ["registration"]);

        var ranked = await Eventually.ReturnsAsync(
            () => staff.GetJsonAsync($"{Api}/requests/{request}/suggestions"),
            json => json.GetArrayLength() == 3, "three suggestions");

        Assert.Equal(speaker, ranked[0].GetProperty("fit").GetProperty("memberId").GetGuid());
        Assert.Equal("Olena", ranked[0].GetProperty("name").GetString());
        Assert.Equal(skilled, ranked[1].GetProperty("fit").GetProperty("memberId").GetGuid());
        Assert.DoesNotContain(ranked.EnumerateArray(), s => s.GetProperty("fit").GetProperty("memberId").GetGuid() == busy);
    }

    [Fact]
    public async Task After_erasure_the_name_reads_erased_and_the_deployments_still_count()
    {
        await using var app = new GatewayApp();
        var staff = await app.ClientForAsync("staff");
        var admin = await app.ClientForAsync("admin");
        var member = await staff.RegisterStaffAsync("Ordnungsamt", "Erika Mustermann");
        await staff.RegisterStaffAsync("Ordnungsamt", "Max Mustermann");
        var request = await staff.RequestAsync(needed: 2);
        (await staff.AssignAsync(request, member)).EnsureSuccessStatusCode();
        var subject = (await staff.GetJsonAsync($"{Api}/members/{member}")).GetProperty("subject").GetString();

        (await admin.DeleteAsync($"{Api}/personal-data/{subject}")).EnsureSuccessStatusCode();

        var erased = await staff.GetJsonAsync($"{Api}/members/{member}");
        Assert.Equal(("[gelöscht]", "[gelöscht]"), (erased.GetProperty("name").GetString(), erased.GetProperty("phone").GetString()));
        Assert.Equal(1, (await staff.GetJsonAsync($"{Api}/requests/{request}")).Number("assigned"));
        using var twice = await staff.AssignAsync(await staff.RequestAsync(needed: 1), member);
        Assert.Equal("member-double-booked", await twice.ProblemCodeAsync(HttpStatusCode.Conflict));
    }

    [Fact]
    public async Task The_volunteer_sees_open_interpreting_requests_in_their_languages_and_claims_one()
    {
        await using var app = new GatewayApp();
        var staff = await app.ClientForAsync("staff");
        var interpreter = await staff.RegisterInterpreterAsync("Olena", "uk");
        var ukrainian = await staff.RequestAsync(needed: 1, languages: ["uk"], interpreting: true);
        await staff.RequestAsync(needed: 1, languages: ["ar"], interpreting: true);
        await staff.RequestAsync(needed: 1, languages: ["uk"]);

        var open = await Eventually.ReturnsAsync(
            () => staff.GetJsonAsync($"{Api}/members/{interpreter}/open-requests"), json => json.GetArrayLength() > 0, "open requests");
        using var claimed = await staff.ClaimAsync(ukrainian, interpreter);

        Assert.Equal(ukrainian, Assert.Single(open.EnumerateArray()).GetProperty("id").GetGuid());
        Assert.Equal(HttpStatusCode.Created, claimed.StatusCode);
        Assert.True((await staff.GetJsonAsync($"{Api}/requests/{ukrainian}")).GetProperty("assignments")[0].GetProperty("selfClaimed").GetBoolean());
    }

    [Fact]
    public async Task Hours_make_a_monthly_CSV_per_volunteer_and_the_queries_show_who_is_where()
    {
        await using var app = new GatewayApp();
        var staff = await app.ClientForAsync("staff");
        var interpreter = await staff.RegisterInterpreterAsync("=Olena, \"Oli\"", "uk");
        var request = await staff.RequestAsync(needed: 1, languages: ["uk"], interpreting: true);
        (await staff.ClaimAsync(request, interpreter)).EnsureSuccessStatusCode();
        foreach (var (day, hours) in new[] { ("2022-03-14", 4.5m), ("2022-03-15", 3m) })
        {
            (await staff.PostAsJsonAsync($"{Api}/requests/{request}/assignments/{interpreter}/hours", new { day, hours })).EnsureSuccessStatusCode();
        }
        using var badDay = await staff.PostAsJsonAsync($"{Api}/requests/{request}/assignments/{interpreter}/hours", new { day = "2022-04-01", hours = 2 });
        Assert.Equal("invalid-day", await badDay.ProblemCodeAsync(HttpStatusCode.BadRequest));

        var csv = await Eventually.ReturnsAsync(
            async () => await (await staff.GetAsync($"{Api}/hours.csv?month=2022-03")).Content.ReadAsStringAsync(),
            text => text.Contains("7.5", StringComparison.Ordinal), "the hours in the CSV");
        var deployed = await staff.GetJsonAsync($"{Api}/deployments?date=2022-03-20");
        var experienced = await staff.GetJsonAsync($"{Api}/experience?language=uk");

        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("memberId,name,kind,month,hours,deployments", lines[0]);
        Assert.Equal($"{interpreter},\"'=Olena, \"\"Oli\"\"\",interpreter,2022-03,7.5,1", lines[1]);
        Assert.Equal(interpreter, Assert.Single(deployed.EnumerateArray()).GetProperty("memberId").GetGuid());
        Assert.Equal(1, Assert.Single(experienced.EnumerateArray()).Number("deployments"));
        Assert.Equal(0, (await staff.GetJsonAsync($"{Api}/deployments?date=2022-04-20")).GetArrayLength());
        Assert.Equal(HttpStatusCode.BadRequest, (await staff.GetAsync($"{Api}/hours.csv?month=März")).StatusCode);
        var json = Assert.Single((await staff.GetJsonAsync($"{Api}/hours?month=2022-03")).EnumerateArray());
        Assert.Equal((interpreter, "=Olena, \"Oli\"", 7.5m), (json.GetProperty("memberId").GetGuid(), json.GetProperty("name").GetString(), json.GetProperty("hours").GetDecimal()));
        Assert.Equal(HttpStatusCode.BadRequest, (await staff.GetAsync($"{Api}/hours?month=2022-13")).StatusCode);
    }

    [Fact]
    public async Task Departments_show_how_many_are_away_and_their_cap()
    {
        await using var app = new GatewayApp(settings: new Dictionary<string, string> { ["Krisenstab:Staffing:MaxDepartmentShare"] = "0.25" });
        var staff = await app.ClientForAsync("staff");
        var members = new List<Guid>();
        for (var i = 0; i < 4; i++)
        {
            members.Add(await staff.RegisterStaffAsync("Jugendamt", $"Person {i}"));
        }
        (await staff.AssignAsync(await staff.RequestAsync(needed: 1), members[0])).EnsureSuccessStatusCode();
        using var second = await staff.AssignAsync(await staff.RequestAsync(needed: 1), members[1]);
        Assert.Equal("department-cap-reached", await second.ProblemCodeAsync(HttpStatusCode.Conflict));

        var departments = await Eventually.ReturnsAsync(
            () => staff.GetJsonAsync($"{Api}/departments?date=2022-03-20"), json => json.GetArrayLength() == 1 && json[0].Number("away") == 1, "one away");

        Assert.Equal((4, 1, 1, true), (departments[0].Number("poolMembers"), departments[0].Number("away"), departments[0].Number("cap"), departments[0].GetProperty("nearCap").GetBoolean()));
    }

    [Fact]
    public async Task Press_reads_requests_but_not_the_pool_s_personal_data()
    {
        await using var app = new GatewayApp();
        var press = await app.ClientForAsync("press");

        Assert.Equal(HttpStatusCode.OK, (await press.GetAsync($"{Api}/requests")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await press.GetAsync($"{Api}/members")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await press.PostAsJsonAsync($"{Api}/requests", new { })).StatusCode);
    }
}

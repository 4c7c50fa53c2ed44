using System.Net;
using Krisenstab.ServiceDefaults;
using Krisenstab.SituationReports.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Krisenstab.SituationReports.Tests.Situation;

public class SectorReportApiTests
{
    private static string Reports(Guid crisisId) => $"/api/situation/crises/{crisisId}/reports";

    private static object Report(DateTimeOffset asOf, string status = "yellow", string sector = "accommodation") => new
    {
        sector,
        function = "S4",
        department = "Sozialamt",
        asOf,
        status,
        figures = new object[] { new { name = "freie Plätze", kind = "count", count = 35 }, new { name = "Lage", kind = "text", text = "angespannt" } },
        text = "Turnhallen fast voll.",
    };

    [Theory]
    [MemberData(nameof(SituationApp.Engines), MemberType = typeof(SituationApp))]
    public async Task A_correction_supersedes_the_report_both_stay_readable_and_an_old_report_is_overdue(string engine)
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var app = await SituationApp.StartAsync(engine, clock, new Dictionary<string, string> { ["Krisenstab:Situation:ReportOverdueAfter"] = "00:30:00" });
        var head = await app.ClientForAsync(Roles.Head);
        var staff = await app.ClientForAsync(Roles.Staff);
        var crisisId = await head.NewCrisisAsync();

        var first = await staff.CreateAsync(Reports(crisisId), Report(clock.GetUtcNow().AddMinutes(-10)));
        var correction = await staff.CreateAsync($"{Reports(crisisId)}/{first}/corrections", Report(clock.GetUtcNow().AddMinutes(-10), "red"));
        await staff.CreateAsync(Reports(crisisId), Report(clock.GetUtcNow().AddMinutes(-40), "green", "health"));

        var original = await staff.GetJsonAsync($"{Reports(crisisId)}/{first}");
        Assert.Equal(correction, original.GetProperty("correctedBy").GetGuid());
        Assert.Equal("yellow", original.GetProperty("report").GetProperty("status").GetString());
        var sectors = (await staff.GetJsonAsync($"/api/situation/crises/{crisisId}/sectors")).EnumerateArray().ToDictionary(s => s.GetProperty("sector").GetString()!);
        Assert.Equal(8, sectors.Count);
        Assert.Equal(("red", false), (sectors["accommodation"].GetProperty("status").GetString(), sectors["accommodation"].GetProperty("overdue").GetBoolean()));
        Assert.Equal(correction, sectors["accommodation"].GetProperty("latest").GetProperty("reportId").GetGuid());
        Assert.Equal(("Versorgung", true), (sectors["health"].GetProperty("latest").GetProperty("functionName").GetString(), sectors["health"].GetProperty("overdue").GetBoolean()));
        Assert.False(sectors["education-and-childcare"].TryGetProperty("latest", out _), "a sector without reports has no latest");

        clock.Advance(TimeSpan.FromMinutes(21));
        var later = (await staff.GetJsonAsync($"/api/situation/crises/{crisisId}/sectors")).EnumerateArray().Single(s => s.GetProperty("sector").GetString() == "accommodation");
        Assert.True(later.GetProperty("overdue").GetBoolean());
        Assert.Equal(3, (await staff.GetJsonAsync(Reports(crisisId))).GetArrayLength());
    }

    [Theory]
    [MemberData(nameof(SituationApp.Engines), MemberType = typeof(SituationApp))]
    public async Task A_correction_of_an_unknown_report_is_404_and_nothing_is_stored(string engine)
    {
        await using var app = await SituationApp.StartAsync(engine);
        var head = await app.ClientForAsync(Roles.Head);
        var crisisId = await head.NewCrisisAsync();
        var stored = await StoredEvents.CountAsync(app);

        var problem = await head.PostJsonAsync($"{Reports(crisisId)}/{Guid.NewGuid()}/corrections", Report(DateTimeOffset.UtcNow), HttpStatusCode.NotFound);

        Assert.Equal("report-not-found", problem.Code());
        Assert.Equal(stored, await StoredEvents.CountAsync(app));
    }

    [Theory]
    [InlineData("function", "S9")]
    [InlineData("status", null)]
    [InlineData("text", " ")]
    public async Task Bad_input_is_a_problem_naming_the_field_and_nothing_is_stored(string field, string? value)
    {
        await using var app = await SituationApp.StartAsync(SituationApp.Sqlite);
        var head = await app.ClientForAsync(Roles.Head);
        var crisisId = await head.NewCrisisAsync();
        var stored = await StoredEvents.CountAsync(app);
        var body = new Dictionary<string, object?> { ["sector"] = "health", ["function"] = "S2", ["asOf"] = DateTimeOffset.UtcNow, ["status"] = "green", ["text"] = "ruhig" };
        body[field] = value;

        var problem = await head.PostJsonAsync(Reports(crisisId), body, HttpStatusCode.BadRequest);

        problem.NamesField(field);
        Assert.Equal(stored, await StoredEvents.CountAsync(app));
    }

    [Fact]
    public async Task Configured_functions_replace_the_doctrines_and_press_may_read_but_not_file()
    {
        await using var app = await SituationApp.StartAsync(SituationApp.Sqlite, settings: new Dictionary<string, string>
        {
            ["Krisenstab:Situation:Functions:0:Code"] = "VS1",
            ["Krisenstab:Situation:Functions:0:Name"] = "Koordinierung",
        });
        var head = await app.ClientForAsync(Roles.Head);
        var press = await app.ClientForAsync(Roles.Press);
        var crisisId = await head.NewCrisisAsync();
        var body = new Dictionary<string, object?> { ["sector"] = "health", ["function"] = "S2", ["asOf"] = DateTimeOffset.UtcNow, ["status"] = "green", ["text"] = "ruhig" };

        (await head.PostJsonAsync(Reports(crisisId), body, HttpStatusCode.BadRequest)).NamesField("function");
        body["function"] = "VS1";
        var id = await head.CreateAsync(Reports(crisisId), body);
        await press.PostJsonAsync(Reports(crisisId), body, HttpStatusCode.Forbidden);

        Assert.Equal("Koordinierung", (await press.GetJsonAsync($"{Reports(crisisId)}/{id}")).GetProperty("report").GetProperty("functionName").GetString());
    }
}

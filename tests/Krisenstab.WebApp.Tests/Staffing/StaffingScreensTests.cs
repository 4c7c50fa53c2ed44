using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Krisenstab.WebApp.Tests.Support;

namespace Krisenstab.WebApp.Tests.Staffing;

/// <summary>The staff pool's screens: register, request and assign from the suggestions, the volunteer's claim, hours, the picture's section.</summary>
public class StaffingScreensTests(BrowserFixture browser) : PageTest(browser), IClassFixture<BrowserFixture>
{
    private static readonly string Today = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin")).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task Staff_register_an_interpreter_who_signs_in_and_claims_an_open_request_in_their_language()
    {
        var crisisId = await OpenCrisisAsync();
        await SignInAsync("staff", "/personal");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Mitglied aufnehmen" }).ClickAsync();
        var form = Page.GetByRole(AriaRole.Form, new() { Name = "Mitglied aufnehmen" });
        await form.GetByLabel(new Regex("^Art")).SelectOptionAsync("interpreter");
        await form.GetByLabel(new Regex("^Name")).FillAsync("Olena Kowalenko");
        await form.GetByLabel("Anmeldename").FillAsync("volunteer");
        await form.GetByLabel("Sprachen (durch Komma getrennt)").FillAsync("uk");
        await form.GetByRole(AriaRole.Button, new() { Name = "Speichern" }).DblClickAsync();
        await Expect(Page.Locator("[data-members] tbody tr")).ToHaveCountAsync(1);
        await Expect(Page.Locator("[data-members]")).ToContainTextAsync("Olena Kowalenko");
        var request = await RequestAsync(crisisId, "Messehalle 2", interpreting: true, "uk");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Abmelden" }).ClickAsync();
        await SignInAsync("volunteer", "/krisen");
        await Expect(Page).ToHaveURLAsync(new Regex("/personal/meine-einsaetze$"));
        var claimable = Page.Locator($"[data-claimable] li[data-request=\"{request}\"]");
        await Expect(claimable).ToContainTextAsync("Messehalle 2", new() { Timeout = 15_000 });
        await claimable.GetByRole(AriaRole.Button, new() { Name = "Übernehmen: Messehalle 2" }).DblClickAsync();

        await Expect(Page.Locator("[data-mine]")).ToContainTextAsync("Messehalle 2");
        await Expect(Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Zurzeit keine offene Anforderung in Ihren Sprachen.");
        var assigned = await GetAsync($"/api/staffing/requests/{request}");
        Assert.Equal(1, assigned.GetProperty("assigned").GetInt32());
        Assert.True(assigned.GetProperty("assignments")[0].GetProperty("selfClaimed").GetBoolean());
        Assert.Empty(PageErrors);
    }

    [Fact]
    public async Task Staff_assign_the_first_suggestion_and_the_crisis_picture_shows_who_speaks_what_at_the_place_today()
    {
        var crisisId = await OpenCrisisAsync();
        await RegisterStaffAsync("Erika Mustermann", "Bürgeramt", "ar");
        await RegisterStaffAsync("Max Mustermann", "Bürgeramt");
        var request = await RequestAsync(crisisId, "Turnhalle Nord", interpreting: false, "ar");
        await SignInAsync("staff", $"/personal/anforderungen/{request}");

        var first = Page.Locator("[data-suggestions] li").First;
        await Expect(first).ToContainTextAsync("Erika Mustermann", new() { Timeout = 15_000 });
        await first.GetByRole(AriaRole.Button, new() { Name = "Einsetzen: Erika Mustermann" }).ClickAsync();
        await Expect(Page.Locator("[data-fill]")).ToHaveTextAsync("1 von 1");
        await Expect(Page.Locator("[data-assignments]")).ToContainTextAsync("Erika Mustermann");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Bestätigen: Erika Mustermann" }).ClickAsync();
        await Expect(Page.Locator("[data-assignments] [data-status]")).ToHaveTextAsync("bestätigt");

        await OpenPictureAsync(crisisId, "Zugang Ukraine");
        var section = Page.Locator("[data-staffing]");
        await Expect(section.Locator("[data-staffing-total=assigned]")).ToHaveTextAsync("1", new() { Timeout = 15_000 });
        await Expect(section.Locator("[data-staffing-total=requested]")).ToHaveTextAsync("1");
        await Expect(section.Locator("[data-places] tr[data-place=\"Turnhalle Nord\"] [data-languages]")).ToHaveTextAsync("Arabisch (ar)");
        await Expect(section.Locator("[data-departments] tr[data-department=\"Bürgeramt\"]")).ToContainTextAsync("nahe der Obergrenze");
        await Expect(section).Not.ToContainTextAsync("Erika");
        Assert.Empty(PageErrors);
    }

    [Fact]
    public async Task The_hours_summary_lists_the_month_and_downloads_its_CSV()
    {
        var crisisId = await OpenCrisisAsync();
        var member = await RegisterAsync(new
        {
            kind = "volunteer",
            name = "Iryna P.",
            languages = new[] { new { code = "uk", level = "native" } },
        });
        var request = await RequestAsync(crisisId, "Messehalle 2", interpreting: true, "uk");
        using var staff = await Gateway.ClientForAsync("staff");
        (await staff.PostAsJsonAsync($"/api/staffing/requests/{request}/assignments", new { memberId = member })).EnsureSuccessStatusCode();
        (await staff.PostAsJsonAsync($"/api/staffing/requests/{request}/assignments/{member}/hours", new { day = Today, hours = 4.5 })).EnsureSuccessStatusCode();

        await SignInAsync("staff", "/personal/stunden");
        await Expect(Page.Locator("[data-hours]")).ToContainTextAsync("Iryna P.", new() { Timeout = 15_000 });
        await Expect(Page.Locator("[data-hours]")).ToContainTextAsync("4,5");
        var download = await Page.RunAndWaitForDownloadAsync(() => Page.GetByRole(AriaRole.Button, new() { Name = "CSV herunterladen" }).ClickAsync());

        Assert.Equal($"stunden-{Today[..7]}.csv", download.SuggestedFilename);
        var csv = await File.ReadAllTextAsync((await download.PathAsync())!);
        Assert.Contains($"{member},Iryna P.,volunteer,{Today[..7]},4.5,1", csv, StringComparison.Ordinal);
        Assert.Empty(PageErrors);
    }

    [Fact]
    public async Task Axe_finds_no_serious_or_critical_violation_on_the_staff_pool_screens()
    {
        var crisisId = await OpenCrisisAsync();
        await RegisterAsync(new { kind = "interpreter", name = "Olena K.", account = "volunteer", languages = new[] { new { code = "uk", level = "native" } } });
        await RegisterStaffAsync("Erika Mustermann", "Bürgeramt", "uk");
        var request = await RequestAsync(crisisId, "Messehalle 2", interpreting: true, "uk");

        await SignInAsync("staff", "/personal");
        await Expect(Page.Locator("[data-members] tbody tr")).ToHaveCountAsync(2, new() { Timeout = 15_000 });
        await AssertNoSeriousViolationsAsync("pool");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Mitglied aufnehmen" }).ClickAsync();
        await AssertNoSeriousViolationsAsync("register form");
        await Page.GotoAsync($"/personal/anforderungen/{request}");
        await Expect(Page.Locator("[data-suggestions] li")).Not.ToHaveCountAsync(0, new() { Timeout = 15_000 });
        await AssertNoSeriousViolationsAsync("request with suggestions");
        await Page.GotoAsync("/personal/anforderungen");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Personal anfordern" }).ClickAsync();
        await AssertNoSeriousViolationsAsync("request form");
        await Page.GotoAsync("/personal/stunden");
        await AssertNoSeriousViolationsAsync("hours");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Abmelden" }).ClickAsync();
        await SignInAsync("volunteer", "/personal/meine-einsaetze");
        await Expect(Page.Locator("[data-claimable] li")).ToHaveCountAsync(1, new() { Timeout = 15_000 });
        await AssertNoSeriousViolationsAsync("volunteer's view");
    }

    private async Task AssertNoSeriousViolationsAsync(string where)
    {
        var result = await Page.RunAxe();
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(", ", v.Nodes.Select(n => n.Html))}")
            .ToList();
        Assert.True(serious.Count == 0, $"{where}: {string.Join("\n", serious)}");
    }

    private Task<Guid> RegisterStaffAsync(string name, string department, params string[] languages) => RegisterAsync(new
    {
        kind = "staff",
        homeDepartment = department,
        name,
        languages = languages.Select(code => new { code, level = "fluent" }),
    });

    private async Task<Guid> RegisterAsync(object member)
    {
        using var staff = await Gateway.ClientForAsync("staff");
        return await IdOfAsync(await staff.PostAsJsonAsync("/api/staffing/members", member));
    }

    /// <summary>A request for one person today, for the crisis.</summary>
    private async Task<Guid> RequestAsync(Guid crisisId, string place, bool interpreting, params string[] languages)
    {
        using var staff = await Gateway.ClientForAsync("staff");
        return await IdOfAsync(await staff.PostAsJsonAsync("/api/staffing/requests", new
        {
            unit = "Ankunftszentrum",
            place,
            needed = 1,
            requiredLanguages = languages,
            from = Today,
            to = Today,
            interpreting,
            crisisId,
        }));
    }

    private async Task<JsonElement> GetAsync(string path)
    {
        using var staff = await Gateway.ClientForAsync("staff");
        return await staff.GetFromJsonAsync<JsonElement>(path);
    }

    private static async Task<Guid> IdOfAsync(HttpResponseMessage response)
    {
        using (response)
        {
            var body = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.True(response.IsSuccessStatusCode, body.ToString());
            return body.GetProperty("id").GetGuid();
        }
    }
}

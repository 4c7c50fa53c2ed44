using System.Net.Http.Json;
using System.Text.Json;
using Krisenstab.Testing;
using Krisenstab.WebApp.Tests.Support;

namespace Krisenstab.WebApp.Tests.Analysis;

/// <summary>The timeline analysis of a crisis: reached from its picture, every chart with its table, the export downloaded, and the axe check.</summary>
public class TimelineScreenTests(BrowserFixture browser) : PageTest(browser), IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task An_analyst_reaches_the_timeline_from_the_picture_reads_charts_as_tables_and_downloads_the_export()
    {
        var crisisId = await OpenCrisisAsync("Zugang Ukraine");
        var facility = await RegisterFacilityAsync("Turnhalle Nord", "Nordstadt", 40);
        await PlaceAsync(facility, "H-2026-0007", 4, crisisId);
        using var analyst = await Gateway.ClientForAsync("analyst");
        await Eventually.TrueAsync(async () =>
            await analyst.GetAsync(new Uri($"/api/dashboard/crises/{crisisId}/analysis", UriKind.Relative)) is { IsSuccessStatusCode: true } response
            && (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("placementWait").GetProperty("unmatched").GetInt32() == 4,
            "the placement in the analysis");

        await SignInAsync("analyst", $"/krisen/{crisisId}");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Zeitverlauf und Auswertung" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Zeitverlauf und Auswertung: Zugang Ukraine" })).ToBeVisibleAsync(new() { Timeout = 15_000 });
        var summary = Page.Locator(".timeline-screen__summary");
        await Expect(summary).ToContainTextAsync("Untergebracht ohne offene Ankündigung4");
        await Expect(Page.Locator("[aria-labelledby=staff-title] .chart canvas")).ToHaveCountAsync(1);
        await Page.AssertNoSeriousViolationsAsync("timeline analysis");

        var staff = Page.Locator("[aria-labelledby=staff-title]");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Als Tabelle" }).ClickAsync();
        await Expect(staff.Locator("table tbody tr")).ToHaveCountAsync(1);
        var wait = Page.Locator("[aria-labelledby=wait-title]");
        await wait.GetByRole(AriaRole.Button, new() { Name = "Als Tabelle" }).ClickAsync();
        await Expect(wait.Locator("table tbody tr")).ToHaveCountAsync(5);
        await Expect(Page.GetByText("Kein Auftrag wurde überfällig.")).ToBeVisibleAsync();
        await Page.AssertNoSeriousViolationsAsync("timeline analysis as tables");

        var download = await Page.RunAndWaitForDownloadAsync(() => Page.GetByRole(AriaRole.Button, new() { Name = "Alle Ereignisse (NDJSON)" }).ClickAsync());
        var path = await download.PathAsync();
        var header = JsonDocument.Parse((await File.ReadAllLinesAsync(path))[0]).RootElement;
        Assert.Equal((crisisId, "krisenstab-crisis-export"), (header.GetProperty("crisisId").GetGuid(), header.GetProperty("format").GetString()));
        Assert.Empty(PageErrors);
    }

    [Fact]
    public async Task Staff_see_no_way_to_the_analysis_in_the_picture()
    {
        var crisisId = await OpenCrisisAsync("Zugang Ukraine");

        await SignInAsync("staff", $"/krisen/{crisisId}");
        await Expect(Page.Locator("[data-crisis-name]")).ToHaveTextAsync("Zugang Ukraine", new() { Timeout = 15_000 });

        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Zeitverlauf und Auswertung" })).ToHaveCountAsync(0);
    }
}

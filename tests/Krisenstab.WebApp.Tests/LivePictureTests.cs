using Krisenstab.WebApp.Tests.Support;

namespace Krisenstab.WebApp.Tests;

public class LivePictureTests(BrowserFixture browser) : PageTest(browser), IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_household_placed_through_the_api_appears_on_the_open_page_within_two_seconds()
    {
        var crisisId = await OpenCrisisAsync();
        var facilityId = await RegisterFacilityAsync("Turnhalle Nord", "Baunatal", 40);
        await SignInAsync("staff", $"/krisen/{crisisId}");
        await Expect(FacilityRow("Turnhalle Nord").Locator("[data-free]")).ToHaveTextAsync("40", new() { Timeout = 15_000 });
        await Page.EvaluateAsync("() => { window.__sameDocument = true; }");

        await PlaceAsync(facilityId, "KS-2022-0417", 4, crisisId);

        await Expect(FacilityRow("Turnhalle Nord").Locator("[data-free]")).ToHaveTextAsync("36", new() { Timeout = 2_000 });
        await Expect(Page.Locator("[data-total=occupied]")).ToHaveTextAsync("4");
        Assert.True(await Page.EvaluateAsync<bool>("() => window.__sameDocument === true"), "the page was reloaded");
    }

    [Fact]
    public async Task As_press_no_button_that_changes_anything_is_shown()
    {
        var crisisId = await OpenCrisisAsync();
        await RegisterFacilityAsync("Turnhalle Nord", "Baunatal", 40);
        await SignInAsync("press", $"/krisen/{crisisId}");
        await Expect(FacilityRow("Turnhalle Nord")).ToBeVisibleAsync(new() { Timeout = 15_000 });

        foreach (var label in new[] { "Eskalieren", "Krise schließen", "Einrichtung anlegen", "Haushalt unterbringen" })
        {
            await Expect(Page.GetByRole(AriaRole.Button, new() { Name = label })).ToHaveCountAsync(0);
        }
        await FacilityRow("Turnhalle Nord").GetByRole(AriaRole.Button, new() { Name = "Turnhalle Nord" }).ClickAsync();
        var panel = Page.Locator("dialog");
        await Expect(panel.GetByRole(AriaRole.Heading, new() { Name = "Einrichtung Turnhalle Nord" })).ToBeVisibleAsync();
        await Expect(panel.GetByRole(AriaRole.Button)).ToHaveCountAsync(1); // only "Schließen" (×) of the dialog
        await Page.GotoAsync("/krisen");
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Zugang Ukraine" })).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Krise eröffnen" })).ToHaveCountAsync(0);
    }
}

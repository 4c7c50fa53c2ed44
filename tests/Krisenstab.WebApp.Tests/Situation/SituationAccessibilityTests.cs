using Krisenstab.WebApp.Tests.Support;

namespace Krisenstab.WebApp.Tests.Situation;

public class SituationAccessibilityTests(BrowserFixture browser) : PageTest(browser), IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Axe_finds_no_serious_or_critical_violation_on_the_situation_screens_a_form_and_the_picture_section()
    {
        var crisisId = await OpenCrisisAsync("Barrierefrei");
        await SignInAsync("head", $"/krisen/{crisisId}/lage");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Lage: Barrierefrei" })).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await Page.AssertNoSeriousViolationsAsync("situation screen");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Fachlage melden", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Form, new() { Name = "Fachlagebericht" })).ToBeVisibleAsync();
        await Page.AssertNoSeriousViolationsAsync("sector report form");
        await Page.Keyboard.PressAsync("Escape");

        await Page.GotoAsync($"/krisen/{crisisId}/lage/meldungen");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Lagemeldung entwerfen" }).ClickAsync();
        await Expect(Page.Locator("article[data-consolidated]")).ToHaveCountAsync(1, new() { Timeout = 15_000 });
        await Page.AssertNoSeriousViolationsAsync("Lagemeldung screen");

        await OpenPictureAsync(crisisId, "Barrierefrei");
        await Expect(Page.Locator("[data-situation]")).ToBeVisibleAsync();
        await Page.AssertNoSeriousViolationsAsync("picture with the situation section");
    }
}

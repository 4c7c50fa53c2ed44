using Krisenstab.WebApp.Tests.Support;

namespace Krisenstab.WebApp.Tests;

public class AccessibilityTests(BrowserFixture browser) : PageTest(browser), IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Axe_finds_no_serious_or_critical_violation_on_sign_in_list_picture_and_an_open_form()
    {
        var crisisId = await OpenCrisisAsync();
        var facilityId = await RegisterFacilityAsync("Turnhalle Nord", "Baunatal", 40);
        await RegisterFacilityAsync("Hotel Post", "Kassel", 25);
        await PlaceAsync(facilityId, "KS-2022-0417", 4, crisisId);

        await Page.GotoAsync("/anmelden");
        await Expect(Page.GetByLabel("Benutzername")).ToBeVisibleAsync();
        await Page.AssertNoSeriousViolationsAsync("sign-in page");

        await SignInAsync("staff");
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Zugang Ukraine" })).ToBeVisibleAsync();
        await Page.AssertNoSeriousViolationsAsync("crisis list");

        await Page.GetByRole(AriaRole.Link, new() { Name = "Zugang Ukraine" }).ClickAsync();
        await Expect(FacilityRow("Turnhalle Nord").Locator("[data-free]")).ToHaveTextAsync("36", new() { Timeout = 15_000 });
        await Page.AssertNoSeriousViolationsAsync("picture");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Haushalt unterbringen" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Form, new() { Name = "Haushalt unterbringen" })).ToBeVisibleAsync();
        await Page.AssertNoSeriousViolationsAsync("placement form");
    }

    [Fact]
    public async Task The_accessibility_statement_names_the_configured_feedback_contact_without_signing_in()
    {
        await Page.GotoAsync("/barrierefreiheit");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Erklärung zur Barrierefreiheit" })).ToBeVisibleAsync();
        await Expect(Page.Locator("[data-contact]")).ToContainTextAsync("barrierefreiheit@example.org");
        await Page.AssertNoSeriousViolationsAsync("accessibility statement");
    }
}

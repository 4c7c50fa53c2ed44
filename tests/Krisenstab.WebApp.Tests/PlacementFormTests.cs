using Krisenstab.WebApp.Tests.Support;

namespace Krisenstab.WebApp.Tests;

public class PlacementFormTests(BrowserFixture browser) : PageTest(browser), IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_household_placed_through_the_form_with_a_double_click_is_placed_once()
    {
        var crisisId = await OpenCrisisAsync();
        var facilityId = await RegisterFacilityAsync("Turnhalle Nord", "Baunatal", 40);
        await SignInAsync("staff", $"/krisen/{crisisId}");
        await Expect(FacilityRow("Turnhalle Nord")).ToBeVisibleAsync(new() { Timeout = 15_000 });

        await Page.GetByRole(AriaRole.Button, new() { Name = "Haushalt unterbringen" }).ClickAsync();
        var form = Page.GetByRole(AriaRole.Form, new() { Name = "Haushalt unterbringen" });
        await form.GetByLabel("Aktenzeichen des Haushalts").FillAsync("KS-2022-0417");
        await form.GetByLabel("Personen").FillAsync("4");
        await Expect(form.GetByLabel("Vorschläge des Systems")).ToContainTextAsync("Turnhalle Nord (Baunatal): 40 frei");
        await form.GetByRole(AriaRole.Button, new() { Name = "Speichern" }).DblClickAsync();

        await Expect(FacilityRow("Turnhalle Nord").Locator("[data-free]")).ToHaveTextAsync("36");
        var facility = await FacilityAsync(facilityId);
        Assert.Equal(4, facility.GetProperty("occupied").GetInt32());
        Assert.Equal(1, facility.GetProperty("households").GetArrayLength());
        await Expect(Page.Locator("[data-total=occupied]")).ToHaveTextAsync("4");
    }

    [Fact]
    public async Task A_placement_that_does_not_fit_shows_the_german_no_room_message_at_the_form()
    {
        var crisisId = await OpenCrisisAsync();
        var facilityId = await RegisterFacilityAsync("Pension Ahnatal", "Ahnatal", 3);
        await SignInAsync("staff", $"/krisen/{crisisId}");
        await FacilityRow("Pension Ahnatal").GetByRole(AriaRole.Button, new() { Name = "Pension Ahnatal" }).ClickAsync(new() { Timeout = 15_000 });
        await Page.Locator("dialog").GetByRole(AriaRole.Button, new() { Name = "Haushalt unterbringen" }).ClickAsync();

        var form = Page.GetByRole(AriaRole.Form, new() { Name = "Haushalt unterbringen" });
        await form.GetByLabel("Aktenzeichen des Haushalts").FillAsync("KS-2022-0999");
        await form.GetByLabel("Personen").FillAsync("5");
        await form.GetByRole(AriaRole.Button, new() { Name = "Speichern" }).ClickAsync();

        const string noRoom = "Kein Platz: In dieser Einrichtung sind nicht genug Plätze frei.";
        await Expect(form.Locator("[data-form-error]")).ToHaveTextAsync(noRoom);
        await Expect(form.Locator("[data-field-error=size]")).ToHaveTextAsync(noRoom);
        Assert.Equal(0, (await FacilityAsync(facilityId)).GetProperty("occupied").GetInt32());
    }
}

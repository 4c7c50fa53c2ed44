using Krisenstab.WebApp.Tests.Support;

namespace Krisenstab.WebApp.Tests;

/// <summary>The facility's own changes from its panel: capacity, blocks, closing and reopening.</summary>
public class FacilityFormTests(BrowserFixture browser) : PageTest(browser), IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Capacity_changed_and_places_blocked_and_unblocked_with_a_reason_show_on_the_page()
    {
        var crisisId = await OpenCrisisAsync();
        var facilityId = await RegisterFacilityAsync("Haus am See", "Kaufungen", 20);
        await SignInAsync("staff", $"/krisen/{crisisId}");
        var panel = await OpenFacilityPanelAsync("Haus am See");

        await panel.GetByRole(AriaRole.Button, new() { Name = "Kapazität ändern" }).ClickAsync();
        var capacity = Form("Kapazität ändern");
        await Expect(capacity.GetByLabel("Kapazität (Plätze)")).ToHaveValueAsync("20");
        await capacity.GetByLabel("Kapazität (Plätze)").FillAsync("30");
        await capacity.GetByRole(AriaRole.Button, new() { Name = "Speichern" }).ClickAsync();
        await Expect(FacilityRow("Haus am See").Locator("[data-free]")).ToHaveTextAsync("30");
        await Expect(Page.Locator("[data-total=capacity]")).ToHaveTextAsync("30");
        await Expect(panel).ToContainTextAsync("Kapazität 30");

        await panel.GetByRole(AriaRole.Button, new() { Name = "Plätze sperren" }).ClickAsync();
        var block = Form("Plätze sperren");
        await block.GetByLabel("Plätze").FillAsync("5");
        await block.GetByLabel("Grund").SelectOptionAsync(new SelectOptionValue { Label = "Quarantäne" });
        await block.GetByLabel("Bemerkung").FillAsync("Masern im Flur B");
        await block.GetByRole(AriaRole.Button, new() { Name = "Speichern" }).ClickAsync();
        await Expect(panel.Locator("li", new() { HasText = "5 Plätze — Quarantäne: Masern im Flur B" })).ToBeVisibleAsync();
        await Expect(FacilityRow("Haus am See").Locator("[data-free]")).ToHaveTextAsync("25");
        await Expect(Page.Locator("[data-total=blocked]")).ToHaveTextAsync("5");
        Assert.Equal(5, (await FacilityAsync(facilityId)).GetProperty("blocked").GetInt32());

        await panel.GetByRole(AriaRole.Button, new() { Name = "Sperrung aufheben" }).ClickAsync();
        await Expect(FacilityRow("Haus am See").Locator("[data-free]")).ToHaveTextAsync("30");
        await Expect(panel.GetByRole(AriaRole.Button, new() { Name = "Sperrung aufheben" })).ToHaveCountAsync(0);
        var facility = await FacilityAsync(facilityId);
        Assert.Equal(30, facility.GetProperty("capacity").GetInt32());
        Assert.Equal(0, facility.GetProperty("blocked").GetInt32());
        Assert.Empty(PageErrors);
    }

    [Fact]
    public async Task A_capacity_below_the_places_in_use_is_refused_at_the_field_in_german()
    {
        var crisisId = await OpenCrisisAsync();
        var facilityId = await RegisterFacilityAsync("Pension Lohfelden", "Lohfelden", 10);
        await PlaceAsync(facilityId, "KS-2022-0311", 6, crisisId);
        await SignInAsync("staff", $"/krisen/{crisisId}");
        var panel = await OpenFacilityPanelAsync("Pension Lohfelden");

        await panel.GetByRole(AriaRole.Button, new() { Name = "Kapazität ändern" }).ClickAsync();
        var capacity = Form("Kapazität ändern");
        await capacity.GetByLabel("Kapazität (Plätze)").FillAsync("4");
        await capacity.GetByRole(AriaRole.Button, new() { Name = "Speichern" }).ClickAsync();

        const string belowUse = "Die Kapazität darf nicht unter die belegten, gesperrten und reservierten Plätze sinken.";
        await Expect(capacity.Locator("[data-field-error=capacity]")).ToHaveTextAsync(belowUse);
        await Expect(capacity.GetByLabel("Kapazität (Plätze)")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(capacity.Locator("[data-form-error]")).ToHaveTextAsync(belowUse);
        Assert.Equal(10, (await FacilityAsync(facilityId)).GetProperty("capacity").GetInt32());
    }

    [Fact]
    public async Task A_facility_closed_from_the_page_shows_as_closed_and_reopens()
    {
        var crisisId = await OpenCrisisAsync();
        var facilityId = await RegisterFacilityAsync("Turnhalle Süd", "Vellmar", 40);
        await SignInAsync("staff", $"/krisen/{crisisId}");
        var panel = await OpenFacilityPanelAsync("Turnhalle Süd");

        // Named apart from the dialog's own "Schließen" (×), so that a screen reader tells them apart.
        await panel.GetByRole(AriaRole.Button, new() { Name = "Einrichtung schließen", Exact = true }).ClickAsync();
        var close = Form("Einrichtung schließen");
        await close.GetByLabel("Grund").FillAsync("Heizung ausgefallen");
        await close.GetByRole(AriaRole.Button, new() { Name = "Einrichtung schließen", Exact = true }).ClickAsync();

        var row = FacilityRow("Turnhalle Süd");
        await Expect(row.Locator("[data-free]")).ToHaveTextAsync("geschlossen", new() { IgnoreCase = true });
        await Expect(row).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("facility--closed"));
        await Expect(panel.GetByRole(AriaRole.Button, new() { Name = "Haushalt unterbringen" })).ToHaveCountAsync(0);
        Assert.True((await FacilityAsync(facilityId)).GetProperty("closed").GetBoolean());

        await panel.GetByRole(AriaRole.Button, new() { Name = "Wieder öffnen" }).ClickAsync();
        await Expect(row.Locator("[data-free]")).ToHaveTextAsync("40");
        await Expect(row).Not.ToHaveClassAsync(new System.Text.RegularExpressions.Regex("facility--closed"));
        await Expect(panel.GetByRole(AriaRole.Button, new() { Name = "Haushalt unterbringen" })).ToBeVisibleAsync();
        Assert.False((await FacilityAsync(facilityId)).GetProperty("closed").GetBoolean());
        Assert.Empty(PageErrors);
    }
}

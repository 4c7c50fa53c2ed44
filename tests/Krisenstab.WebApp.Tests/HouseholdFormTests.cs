using Krisenstab.WebApp.Tests.Support;

namespace Krisenstab.WebApp.Tests;

/// <summary>Reservations and households from the page: reserve, cancel, place (ranked suggestions, from a reservation), move out, transfer.</summary>
public class HouseholdFormTests(BrowserFixture browser) : PageTest(browser), IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Places_reserved_and_a_reservation_cancelled_and_a_household_placed_from_a_reservation()
    {
        var crisisId = await OpenCrisisAsync();
        var facilityId = await RegisterFacilityAsync("Hotel Post", "Hofgeismar", 10);
        await SignInAsync("staff", $"/krisen/{crisisId}");
        var panel = await OpenFacilityPanelAsync("Hotel Post");

        await ReserveAsync(panel, 4, "Zuweisung 17");
        await Expect(FacilityRow("Hotel Post").Locator("[data-free]")).ToHaveTextAsync("6");
        await ReserveAsync(panel, 2, "Zuweisung 18");
        await Expect(FacilityRow("Hotel Post").Locator("[data-free]")).ToHaveTextAsync("4");
        await Expect(Page.Locator("[data-total=reserved]")).ToHaveTextAsync("6");

        var second = panel.Locator("li", new() { HasText = "(Zuweisung 18)" });
        await second.GetByRole(AriaRole.Button, new() { Name = "Reservierung stornieren" }).ClickAsync();
        await Expect(second).ToHaveCountAsync(0);
        await Expect(FacilityRow("Hotel Post").Locator("[data-free]")).ToHaveTextAsync("6");
        Assert.Equal(4, (await FacilityAsync(facilityId)).GetProperty("reserved").GetInt32());

        await panel.Locator("li", new() { HasText = "(Zuweisung 17)" }).GetByRole(AriaRole.Button, new() { Name = "Aus Reservierung unterbringen" }).ClickAsync();
        var place = Form("Haushalt unterbringen");
        await Expect(place.GetByLabel("Personen")).ToHaveValueAsync("4");
        await place.GetByLabel("Aktenzeichen des Haushalts").FillAsync("KS-2022-0501");
        await place.GetByRole(AriaRole.Button, new() { Name = "Speichern" }).ClickAsync();

        await Expect(panel.Locator("li", new() { HasText = "KS-2022-0501: 4 Personen" })).ToBeVisibleAsync();
        await Expect(panel.Locator("li", new() { HasText = "(Zuweisung 17)" })).ToHaveCountAsync(0);
        await Expect(FacilityRow("Hotel Post").Locator("[data-free]")).ToHaveTextAsync("6");
        await Expect(Page.Locator("[data-total=reserved]")).ToHaveTextAsync("0");
        await Expect(Page.Locator("[data-total=occupied]")).ToHaveTextAsync("4");
        var facility = await FacilityAsync(facilityId);
        Assert.Equal(4, facility.GetProperty("occupied").GetInt32());
        Assert.Equal(0, facility.GetProperty("reserved").GetInt32());
        Assert.Empty(PageErrors);
    }

    [Fact]
    public async Task The_placement_form_offers_the_services_ranked_suggestions_and_places_where_the_user_picked()
    {
        var crisisId = await OpenCrisisAsync();
        var large = await RegisterFacilityAsync("Große Halle", "Baunatal", 50);
        await RegisterFacilityAsync("Kleine Pension", "Baunatal", 6);
        await SignInAsync("staff", $"/krisen/{crisisId}");
        await Expect(FacilityRow("Kleine Pension")).ToBeVisibleAsync(new() { Timeout = 15_000 });

        await Page.GetByRole(AriaRole.Button, new() { Name = "Haushalt unterbringen" }).ClickAsync();
        var place = Form("Haushalt unterbringen");
        await place.GetByLabel("Aktenzeichen des Haushalts").FillAsync("KS-2022-0777");
        await place.GetByLabel("Personen").FillAsync("4");
        var suggestions = place.GetByLabel("Vorschläge des Systems");
        // The tightest fit first, so that large free blocks stay for large families.
        await Expect(suggestions.Locator("option")).ToHaveTextAsync(["Kleine Pension (Baunatal): 6 frei", "Große Halle (Baunatal): 50 frei"]);
        await place.GetByLabel("Personen").FillAsync("7");
        await Expect(suggestions.Locator("option")).ToHaveTextAsync(["Große Halle (Baunatal): 50 frei"]);
        await place.GetByLabel("Personen").FillAsync("4");
        await Expect(suggestions.Locator("option")).ToHaveCountAsync(2);
        await suggestions.SelectOptionAsync(new SelectOptionValue { Label = "Große Halle (Baunatal): 50 frei" });
        await place.GetByRole(AriaRole.Button, new() { Name = "Speichern" }).ClickAsync();

        await Expect(FacilityRow("Große Halle").Locator("[data-free]")).ToHaveTextAsync("46");
        await Expect(FacilityRow("Kleine Pension").Locator("[data-free]")).ToHaveTextAsync("6");
        Assert.Equal(4, (await FacilityAsync(large)).GetProperty("occupied").GetInt32());
    }

    [Fact]
    public async Task A_household_moved_out_and_another_transferred_from_the_page()
    {
        var crisisId = await OpenCrisisAsync();
        var from = await RegisterFacilityAsync("Schule Mitte", "Fuldatal", 10);
        var to = await RegisterFacilityAsync("Gemeindehaus", "Fuldatal", 10);
        await PlaceAsync(from, "KS-2022-0101", 3, crisisId);
        await PlaceAsync(from, "KS-2022-0102", 2, crisisId);
        await SignInAsync("staff", $"/krisen/{crisisId}");
        await Expect(FacilityRow("Schule Mitte").Locator("[data-free]")).ToHaveTextAsync("5", new() { Timeout = 15_000 });
        var panel = await OpenFacilityPanelAsync("Schule Mitte");

        await panel.Locator("li", new() { HasText = "KS-2022-0101" }).GetByRole(AriaRole.Button, new() { Name = "Auszug" }).ClickAsync();
        var moveOut = Form("Auszug eintragen");
        await moveOut.GetByLabel("Grund").SelectOptionAsync(new SelectOptionValue { Label = "andere Kommune" });
        await moveOut.GetByRole(AriaRole.Button, new() { Name = "Speichern" }).ClickAsync();
        await Expect(panel.Locator("li", new() { HasText = "KS-2022-0101" })).ToHaveCountAsync(0);
        await Expect(FacilityRow("Schule Mitte").Locator("[data-free]")).ToHaveTextAsync("8");

        await panel.Locator("li", new() { HasText = "KS-2022-0102" }).GetByRole(AriaRole.Button, new() { Name = "Verlegen" }).ClickAsync();
        var transfer = Form("Haushalt verlegen");
        await transfer.GetByLabel("Ziel-Einrichtung").SelectOptionAsync(new SelectOptionValue { Label = "Gemeindehaus (Fuldatal): 10 frei" });
        await transfer.GetByRole(AriaRole.Button, new() { Name = "Speichern" }).ClickAsync();
        await Expect(panel.Locator("li", new() { HasText = "KS-2022-0102" })).ToHaveCountAsync(0);
        await Expect(FacilityRow("Schule Mitte").Locator("[data-free]")).ToHaveTextAsync("10");
        await Expect(FacilityRow("Gemeindehaus").Locator("[data-free]")).ToHaveTextAsync("8");

        Assert.Equal(0, (await FacilityAsync(from)).GetProperty("households").GetArrayLength());
        var target = await FacilityAsync(to);
        Assert.Equal(2, target.GetProperty("occupied").GetInt32());
        Assert.Equal("KS-2022-0102", target.GetProperty("households")[0].GetProperty("householdRef").GetString());
        Assert.Empty(PageErrors);
    }

    private async Task ReserveAsync(ILocator panel, int places, string reference)
    {
        await panel.GetByRole(AriaRole.Button, new() { Name = "Plätze reservieren" }).ClickAsync();
        var reserve = Form("Plätze reservieren");
        await reserve.GetByLabel("Plätze").FillAsync(places.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await reserve.GetByLabel("Zeichen der Zuweisung").FillAsync(reference);
        await reserve.GetByRole(AriaRole.Button, new() { Name = "Speichern" }).ClickAsync();
        await Expect(panel.Locator("li", new() { HasText = $"{places} Plätze bis" }).Filter(new() { HasText = $"({reference})" })).ToBeVisibleAsync();
    }
}

using Krisenstab.WebApp.Tests.Support;

namespace Krisenstab.WebApp.Tests;

public class SignInAndCrisisTests(BrowserFixture browser) : PageTest(browser), IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_head_signs_in_opens_a_crisis_and_registers_a_facility_from_the_page()
    {
        await SignInAsync("head");
        await Expect(Page.Locator("[data-user]")).ToHaveTextAsync("Angemeldet: head (Amtsleitung)");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Krise eröffnen" }).ClickAsync();
        var form = Page.GetByRole(AriaRole.Form, new() { Name = "Krise eröffnen" });
        await form.GetByLabel("Name (Pflichtfeld)").FillAsync("Zugang Ukraine");
        await form.GetByLabel("Region").FillAsync("Landkreis Kassel");
        await form.GetByRole(AriaRole.Button, new() { Name = "Speichern" }).ClickAsync();
        await Expect(Page.Locator("[data-crisis-name]")).ToHaveTextAsync("Zugang Ukraine", new() { Timeout = 15_000 });
        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/krisen/[0-9a-f-]{36}$"));

        await Page.GetByRole(AriaRole.Button, new() { Name = "Einrichtung anlegen" }).ClickAsync();
        var register = Page.GetByRole(AriaRole.Form, new() { Name = "Einrichtung anlegen" });
        await register.GetByLabel("Name (Pflichtfeld)").FillAsync("Turnhalle Nord");
        await register.GetByLabel("Gemeinde").FillAsync("Baunatal");
        await register.GetByLabel("Adresse").FillAsync("Schulstraße 3");
        await register.GetByLabel("Kapazität (Plätze)").FillAsync("40");
        await register.GetByLabel("barrierefrei").CheckAsync();
        await register.GetByRole(AriaRole.Button, new() { Name = "Speichern" }).ClickAsync();

        var row = FacilityRow("Turnhalle Nord");
        await Expect(row.Locator("[data-free]")).ToHaveTextAsync("40");
        await Expect(row).ToContainTextAsync("Baunatal");
        await Expect(row).ToContainTextAsync("barrierefrei");
        await Expect(Page.Locator("[data-total=capacity]")).ToHaveTextAsync("40");
        Assert.Empty(PageErrors);
    }

    [Fact]
    public async Task A_form_shows_the_apis_field_errors_in_german_and_nothing_is_stored()
    {
        var crisisId = await OpenCrisisAsync();
        await SignInAsync("staff", $"/krisen/{crisisId}");
        await Expect(Page.Locator("[data-crisis-name]")).ToHaveTextAsync("Zugang Ukraine", new() { Timeout = 15_000 });

        await Page.GetByRole(AriaRole.Button, new() { Name = "Einrichtung anlegen" }).ClickAsync();
        var register = Page.GetByRole(AriaRole.Form, new() { Name = "Einrichtung anlegen" });
        await register.GetByLabel("Kapazität (Plätze)").FillAsync("10");
        await register.GetByRole(AriaRole.Button, new() { Name = "Speichern" }).ClickAsync();

        await Expect(register.Locator("[data-field-error=name]")).ToHaveTextAsync("Bitte prüfen: Name ist ungültig.");
        await Expect(register.GetByLabel("Name (Pflichtfeld)")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(Page.Locator("[data-total=capacity]")).ToHaveTextAsync("0");
    }

    [Fact]
    public async Task An_expired_sign_in_leads_to_the_sign_in_page_with_a_message_and_back_to_the_page()
    {
        var crisisId = await OpenCrisisAsync();
        await SignInAsync("staff", $"/krisen/{crisisId}");
        await Expect(Page.Locator("[data-crisis-name]")).ToHaveTextAsync("Zugang Ukraine", new() { Timeout = 15_000 });

        // The token is no longer accepted (as after its expiry): the next API call is a 401.
        await Page.EvaluateAsync("""
            () => {
              const s = JSON.parse(sessionStorage.getItem('krisenstab.session'));
              s.accessToken = s.accessToken.slice(0, -4) + 'AAAA';
              sessionStorage.setItem('krisenstab.session', JSON.stringify(s));
            }
            """);
        await Page.ReloadAsync();

        await Expect(Page.GetByText("Ihre Anmeldung ist abgelaufen.", new() { Exact = false })).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await Page.GetByLabel("Benutzername").FillAsync("staff");
        await Page.GetByLabel("Passwort").FillAsync("demo");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Anmelden", Exact = true }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/krisen/{crisisId}$"));
        await Expect(Page.Locator("[data-crisis-name]")).ToHaveTextAsync("Zugang Ukraine");
    }

    [Fact]
    public async Task A_deep_link_and_the_back_button_work()
    {
        var crisisId = await OpenCrisisAsync("Hochwasser Fulda", "Landkreis Kassel");
        await SignInAsync("analyst", $"/krisen/{crisisId}");
        await Expect(Page.Locator("[data-crisis-name]")).ToHaveTextAsync("Hochwasser Fulda", new() { Timeout = 15_000 });

        await Page.GetByRole(AriaRole.Link, new() { Name = "Zur Krisenliste" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Krisen", Exact = true })).ToBeVisibleAsync();
        await Page.GoBackAsync();
        await Expect(Page.Locator("[data-crisis-name]")).ToHaveTextAsync("Hochwasser Fulda", new() { Timeout = 15_000 });
    }
}

using System.Net.Http.Json;
using Krisenstab.Testing;
using Krisenstab.WebApp.Tests.Support;

namespace Krisenstab.WebApp.Tests.Situation;

public class SituationFormAccessibilityTests(BrowserFixture browser) : PageTest(browser), IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Axe_finds_no_serious_or_critical_violation_in_the_forms_that_change_announcements_incidents_and_meetings()
    {
        var crisisId = await OpenCrisisAsync("Barrierefrei ändern");
        var facilityId = await RegisterFacilityAsync("Halle West", "Kassel", 20);
        var tomorrow = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(1);
        using (var staff = await Gateway.ClientForAsync("staff"))
        {
            using var announced = await staff.PostAsJsonAsync($"/api/situation/crises/{crisisId}/announcements", new { expectedOn = tomorrow, people = 10, origin = "LEA Gießen" }, GatewayApp.Json);
            var id = (await announced.Content.ReadFromJsonAsync<Created>(GatewayApp.Json))!.Id;
            await SucceedsAsync(staff.PutAsJsonAsync($"/api/situation/crises/{crisisId}/announcements/{id}", new { expectedOn = tomorrow, people = 12, origin = "LEA Gießen", reason = "Nachmeldung" }, GatewayApp.Json));
            await SucceedsAsync(staff.PostAsJsonAsync($"/api/situation/crises/{crisisId}/incidents", new { facilityId, category = "fire", severity = "minor", occurredAt = DateTimeOffset.UtcNow, text = "Rauch" }, GatewayApp.Json));
            await SucceedsAsync(staff.PostAsJsonAsync($"/api/situation/crises/{crisisId}/meetings", new { startsAt = DateTimeOffset.UtcNow.AddHours(1), attendees = new[] { new { function = "S2" } } }, GatewayApp.Json));
        }
        await SignInAsync("head", $"/krisen/{crisisId}/lage");
        await Page.Locator("[data-history] summary").ClickAsync(new() { Timeout = 15_000 });
        await Expect(Page.Locator("article[data-meeting] [data-agenda] li")).ToHaveCountAsync(1, new() { Timeout = 15_000 });
        await Expect(Page.Locator("[data-incident-text]")).ToHaveCountAsync(1, new() { Timeout = 15_000 });
        await Page.AssertNoSeriousViolationsAsync("situation screen with a history, an incident text and a meeting's notes");

        await CheckFormAsync(Page.Locator("tr[data-announcement]").GetByRole(AriaRole.Button, new() { NameRegex = new("^Ändern:") }), "Zuweisung ändern");
        await CheckFormAsync(Page.Locator("tr[data-announcement]").GetByRole(AriaRole.Button, new() { NameRegex = new("^Absagen:") }), "Zuweisung absagen");
        await CheckFormAsync(Page.GetByRole(AriaRole.Button, new() { Name = "Aktualisieren: Brand" }), "Vorkommnis aktualisieren");
        await CheckFormAsync(Page.GetByRole(AriaRole.Button, new() { Name = "Lagebesprechung ansetzen", Exact = true }), "Lagebesprechung ansetzen");
        await CheckFormAsync(Page.GetByRole(AriaRole.Button, new() { NameRegex = new("^Offene Frage erfassen:") }), "Notiz zur Lagebesprechung");
        await CheckFormAsync(Page.GetByRole(AriaRole.Button, new() { NameRegex = new("^Beschluss erfassen:") }), "Beschluss erfassen");
    }

    private async Task CheckFormAsync(ILocator opens, string title)
    {
        await opens.ClickAsync();
        await Expect(Form(title)).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await Page.AssertNoSeriousViolationsAsync(title);
        await Page.Keyboard.PressAsync("Escape");
        await Expect(Form(title)).ToHaveCountAsync(0);
    }

    private static async Task SucceedsAsync(Task<HttpResponseMessage> sending)
    {
        using var response = await sending;
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    private sealed record Created(Guid Id);
}

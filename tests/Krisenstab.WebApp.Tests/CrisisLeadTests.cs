using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Krisenstab.WebApp.Tests.Support;

namespace Krisenstab.WebApp.Tests;

/// <summary>The head escalates and closes a crisis from its picture; a change by someone else meanwhile is a 412, not an overwrite.</summary>
public class CrisisLeadTests(BrowserFixture browser) : PageTest(browser), IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_head_escalates_and_then_closes_the_crisis_from_its_picture()
    {
        var crisisId = await OpenCrisisAsync("Zugang Syrien", "Landkreis Kassel");
        await SignInAsync("head", $"/krisen/{crisisId}");
        await Expect(Page.Locator("[data-crisis-name]")).ToHaveTextAsync("Zugang Syrien", new() { Timeout = 15_000 });

        await Page.GetByRole(AriaRole.Button, new() { Name = "Eskalieren" }).ClickAsync();
        var escalate = Form("Krise eskalieren");
        await escalate.GetByLabel("Neue Stufe").FillAsync("3");
        await escalate.GetByLabel("Grund").FillAsync("Zweiter Sonderzug angekündigt");
        await escalate.GetByRole(AriaRole.Button, new() { Name = "Speichern" }).ClickAsync();
        await Expect(Page.Locator(".picture__meta")).ToContainTextAsync("Stufe 3");
        Assert.Equal(3, (await CrisisAsync(crisisId)).GetProperty("level").GetInt32());

        await Page.GetByRole(AriaRole.Button, new() { Name = "Krise schließen" }).ClickAsync();
        var close = Form("Krise schließen");
        await close.GetByLabel("Grund").FillAsync("Alle Ankommenden untergebracht");
        await close.GetByRole(AriaRole.Button, new() { Name = "Krise schließen" }).ClickAsync();
        await Expect(Page.Locator(".picture__meta")).ToContainTextAsync("Status: geschlossen");
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Eskalieren" })).ToHaveCountAsync(0);
        Assert.Equal("closed", (await CrisisAsync(crisisId)).GetProperty("status").GetString());
        Assert.Empty(PageErrors);
    }

    [Fact]
    public async Task An_escalation_after_someone_else_changed_the_crisis_says_changed_meanwhile_and_overwrites_nothing()
    {
        var crisisId = await OpenCrisisAsync();
        await SignInAsync("head", $"/krisen/{crisisId}");
        await Expect(Page.Locator("[data-crisis-name]")).ToHaveTextAsync("Zugang Ukraine", new() { Timeout = 15_000 });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Eskalieren" }).ClickAsync();
        var escalate = Form("Krise eskalieren");
        await escalate.GetByLabel("Neue Stufe").FillAsync("2");

        // A colleague escalates to 4 while the form is open (its If-Match is the version read when it opened).
        using (var colleague = await Gateway.ClientForAsync("admin"))
        using (var response = await colleague.PostAsJsonAsync($"/api/situation/crises/{crisisId}/escalate", new { level = 4, reason = "Katastrophenfall" }))
        {
            Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        }
        await escalate.GetByRole(AriaRole.Button, new() { Name = "Speichern" }).ClickAsync();

        await Expect(escalate.Locator("[data-form-error]")).ToHaveTextAsync("Inzwischen geändert — neu laden");
        Assert.Equal(4, (await CrisisAsync(crisisId)).GetProperty("level").GetInt32());
        await escalate.GetByRole(AriaRole.Button, new() { Name = "Neu laden" }).ClickAsync();
        await Expect(Page.Locator(".picture__meta")).ToContainTextAsync("Stufe 4", new() { Timeout = 15_000 });
    }

    private async Task<JsonElement> CrisisAsync(Guid crisisId)
    {
        using var head = await Gateway.ClientForAsync("head");
        using var response = await head.GetAsync($"/api/situation/crises/{crisisId}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}

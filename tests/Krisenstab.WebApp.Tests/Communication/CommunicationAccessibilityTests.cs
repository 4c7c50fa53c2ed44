using System.Net.Http.Json;
using System.Text.Json;
using Krisenstab.WebApp.Tests.Support;

namespace Krisenstab.WebApp.Tests.Communication;

public class CommunicationAccessibilityTests(BrowserFixture browser) : PageTest(browser), IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Axe_finds_no_serious_or_critical_violation_on_the_write_form_the_queue_the_message_and_the_picture_section()
    {
        var crisisId = await OpenCrisisAsync();
        var id = await SubmittedMessageAsync(crisisId);

        await SignInAsync("head", $"/mitteilungen/neu?krise={crisisId}");
        var form = Page.GetByRole(AriaRole.Form, new() { Name = "Mitteilung schreiben" });
        await form.GetByLabel("Weitere Sprache").FillAsync("fa");
        await form.GetByRole(AriaRole.Button, new() { Name = "Sprache hinzufügen" }).ClickAsync();
        await Expect(form.Locator("input[lang=fa]")).ToHaveAttributeAsync("dir", "rtl");
        await Page.AssertNoSeriousViolationsAsync("write form with a right-to-left tab");

        await Page.GotoAsync("/mitteilungen/freigaben");
        await Expect(Page.Locator($"[data-queue-message=\"{id}\"] [data-text-language=uk]")).ToBeVisibleAsync();
        await Page.AssertNoSeriousViolationsAsync("approval queue");

        await Page.GotoAsync($"/mitteilungen/{id}");
        await Expect(Page.Locator("[data-message-status]")).ToHaveAttributeAsync("data-message-status", "submitted");
        await Page.AssertNoSeriousViolationsAsync("message");

        await Page.GotoAsync("/mitteilungen");
        await Expect(Page.Locator($"[data-message=\"{id}\"]")).ToBeVisibleAsync();
        await Page.AssertNoSeriousViolationsAsync("message list");

        await OpenPictureAsync(crisisId, "Zugang Ukraine");
        await Expect(Page.Locator("[data-awaiting]")).ToContainTextAsync("Impfangebot");
        await Page.AssertNoSeriousViolationsAsync("picture with its communication section");
    }

    private async Task<Guid> SubmittedMessageAsync(Guid crisisId)
    {
        using var staff = await Gateway.ClientForAsync("staff");
        var texts = new[]
        {
            new { language = "de", title = "Impfangebot im Rathaus", text = "Am Montag ab 9 Uhr." },
            new { language = "uk", title = "Вакцинація в ратуші", text = "У понеділок з 9 години." },
        };
        using var drafted = await staff.PostAsJsonAsync("/api/communication/messages", new { crisisId, audience = "refugees", channels = new[] { "feed" }, texts });
        var id = (await drafted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        using var submitted = await staff.PostAsJsonAsync($"/api/communication/messages/{id}/submit", new { });
        Assert.True(submitted.IsSuccessStatusCode, await submitted.Content.ReadAsStringAsync());
        return id;
    }
}

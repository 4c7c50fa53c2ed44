using System.Net.Http.Json;
using Krisenstab.WebApp.Tests.Support;

namespace Krisenstab.WebApp.Tests.Logbook;

/// <summary>The staff log and the message log on the page, with the axe check on both screens and the Blitz alarm.</summary>
public class LogbookPageTests(BrowserFixture browser) : PageTest(browser), IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_keeper_takes_over_and_writes_an_entry_that_the_staff_log_shows_numbered()
    {
        var crisisId = await OpenCrisisAsync("Zugang Ukraine");
        await SignInAsync("staff", $"/krisen/{crisisId}/tagebuch");

        var takeOver = Page.GetByRole(AriaRole.Form, new() { Name = "Tagebuchführung übernehmen" });
        await takeOver.GetByLabel("Funktion").FillAsync("Führungsgehilfe S2");
        await takeOver.GetByRole(AriaRole.Button, new() { Name = "Tagebuchführung übernehmen" }).ClickAsync();
        await Expect(Page.Locator("[data-keeper]")).ToContainTextAsync("staff (Führungsgehilfe S2)", new() { Timeout = 15_000 });

        var write = Page.GetByRole(AriaRole.Form, new() { Name = "Eintrag schreiben" });
        await write.GetByLabel("Art").SelectOptionAsync("decision");
        await write.GetByLabel("Stelle").FillAsync("S4");
        await write.GetByLabel("Text").FillAsync("Turnhalle Ost wird ab 14 Uhr belegt.");
        await write.GetByRole(AriaRole.Button, new() { Name = "Eintrag schreiben" }).ClickAsync();

        var row = Page.Locator("[data-staff-log] tr", new() { HasText = "Turnhalle Ost wird ab 14 Uhr belegt." });
        await Expect(row).ToContainTextAsync("Entscheidung", new() { Timeout = 15_000 });
        await Expect(row.Locator("td").First).ToHaveTextAsync("3");
        await Page.AssertNoSeriousViolationsAsync("staff log");
        Assert.Empty(PageErrors);
    }

    [Fact]
    public async Task A_blitz_message_is_an_alarm_on_the_picture_until_acknowledged_on_the_message_log()
    {
        var crisisId = await OpenCrisisAsync("Zugang Ukraine");
        var staff = await Gateway.ClientForAsync("staff");
        (await staff.PostAsJsonAsync($"/api/logbook/crises/{crisisId}/messages", new
        {
            direction = "incoming", channel = "radio", priority = "blitz", at = DateTimeOffset.UtcNow.AddMinutes(-1),
            sender = "Leitstelle", recipient = "S3", content = "Unfall auf der B 27",
        })).EnsureSuccessStatusCode();
        await SignInAsync("staff", $"/krisen/{crisisId}");

        var alarm = Page.Locator("[data-blitz-alarm]");
        await Expect(alarm).ToContainTextAsync("BLITZ-Nachricht nicht bestätigt", new() { Timeout = 15_000 });
        await Expect(alarm).ToBeInViewportAsync();

        await alarm.GetByRole(AriaRole.Link, new() { Name = "Ein- und Ausgangsnachweisung" }).ClickAsync();
        await Expect(Page.Locator("[data-message=\"1\"]")).ToContainTextAsync("Unfall auf der B 27", new() { Timeout = 15_000 });
        await Page.AssertNoSeriousViolationsAsync("message log");
        await Page.Locator("[data-message=\"1\"]").GetByRole(AriaRole.Button, new() { Name = "Bestätigen: 1" }).ClickAsync();
        await Expect(Page.Locator("[data-message=\"1\"]")).ToContainTextAsync("staff,", new() { Timeout = 15_000 });
        // The export is fetched with the user's token: a plain link would be answered 401.
        var csv = await Page.RunAndWaitForDownloadAsync(() => Page.GetByRole(AriaRole.Button, new() { Name = "Als CSV" }).ClickAsync());
        Assert.Contains("Unfall auf der B 27", await File.ReadAllTextAsync(await csv.PathAsync()), StringComparison.Ordinal);

        await Page.GotoAsync($"/krisen/{crisisId}");
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Einsatztagebuch" })).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await Expect(alarm).ToHaveCountAsync(0, new() { Timeout = 15_000 });
        Assert.Empty(PageErrors);
    }
}

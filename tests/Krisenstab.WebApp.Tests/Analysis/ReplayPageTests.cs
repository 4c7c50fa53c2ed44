using System.Net.Http.Json;
using Krisenstab.Testing;
using Krisenstab.WebApp.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Krisenstab.WebApp.Tests.Analysis;

/// <summary>
/// A replay on the page, on the gateway's fake clock (so the replay moves only when told): started from the form
/// step by step, shown under the Wiedergabe mark, moved with the slider, with a lesson's mark on the timeline.
/// </summary>
public class ReplayPageTests(BrowserFixture browser) : PageTest(browser), IClassFixture<BrowserFixture>
{
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);

    // As OverdueTaskPageTests: a token lifetime the page's renewal timer can hold.
    protected override GatewayApp CreateGateway() =>
        new(time: _clock, settings: new Dictionary<string, string> { ["Krisenstab:Auth:AccessTokenLifetime"] = "12:00:00" });

    [Fact]
    public async Task An_analyst_replays_a_crisis_under_the_Wiedergabe_mark_moves_the_slider_and_sees_a_lesson_on_the_timeline()
    {
        var t0 = _clock.GetUtcNow();
        var crisisId = await OpenCrisisAsync("Rückblick Ost");
        using var head = await Gateway.ClientForAsync("head");
        _clock.Advance(TimeSpan.FromMinutes(10));
        (await head.PostAsJsonAsync($"/api/situation/crises/{crisisId}/escalate", new { level = 2 })).EnsureSuccessStatusCode();
        _clock.Advance(TimeSpan.FromMinutes(10));
        (await head.PostAsJsonAsync($"/api/situation/crises/{crisisId}/escalate", new { level = 3 })).EnsureSuccessStatusCode();
        using var analyst = await Gateway.ClientForAsync("analyst");
        await Eventually.TrueAsync(async () =>
        {
            using var picture = await analyst.GetAsync(new Uri($"/api/dashboard/crises/{crisisId}/picture", UriKind.Relative));
            return picture.IsSuccessStatusCode && (await picture.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("journalLength").GetInt32() == 3;
        }, "the opening and both escalations in the journal");
        (await analyst.PostAsJsonAsync($"/api/dashboard/crises/{crisisId}/notes",
            new { moment = t0.AddMinutes(10), category = "too-late", text = "Stufe 2 kam zu spät." })).EnsureSuccessStatusCode();

        await SignInAsync("analyst", $"/analyse/krisen/{crisisId}/wiedergabe");
        await Page.GetByLabel("Bis").FillAsync(BerlinLocal(t0.AddMinutes(30)));
        await Page.GetByLabel("Geschwindigkeit").SelectOptionAsync("step");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Wiedergabe starten" }).ClickAsync();

        // The period starts at the minute of the opening, so the first step shows the opening itself.
        await Expect(Page.Locator("[data-replay-mark]")).ToContainTextAsync("Wiedergabe");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Nächstes Ereignis" }).ClickAsync();
        await Expect(Page.Locator("[data-crisis-name]")).ToHaveTextAsync("Rückblick Ost");
        await Expect(Page).ToHaveTitleAsync(new System.Text.RegularExpressions.Regex("^Wiedergabe: Rückblick Ost"));
        await Expect(Page.Locator(".level")).ToHaveTextAsync("Stufe 1");
        await Expect(Page.Locator("[data-note-mark]")).ToHaveCountAsync(1);
        await Expect(Page.Locator("[data-notes]")).ToContainTextAsync("Stufe 2 kam zu spät.");
        await Page.AssertNoSeriousViolationsAsync("the replay view");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Nächstes Ereignis" }).ClickAsync();
        await Expect(Page.Locator(".level")).ToHaveTextAsync("Stufe 2");

        await Page.Locator("[data-replay-slider]").PressAsync("End");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Zu diesem Zeitpunkt springen" }).ClickAsync();
        await Expect(Page.Locator(".level")).ToHaveTextAsync("Stufe 3");
        await Expect(Page.Locator("[data-replay-moment]")).ToContainTextAsync("am Ende");

        await Page.Locator("[data-note-mark]").ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Zu diesem Zeitpunkt springen" }).ClickAsync();
        await Expect(Page.Locator(".level")).ToHaveTextAsync("Stufe 2");
        var shown = DateTimeOffset.Parse(await Page.Locator("[data-replay-moment]").GetAttributeAsync("data-replay-moment") ?? "", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(t0.AddMinutes(10), shown, TimeSpan.FromMinutes(1));
        Assert.Empty(PageErrors);
    }

    private static string BerlinLocal(DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin")).ToString("yyyy-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}

using Krisenstab.Testing;
using Krisenstab.WebApp.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Krisenstab.WebApp.Tests.Tasking;

/// <summary>
/// A task whose due time passes, on the gateway's fake clock (the page's own clock is the browser's): the picture,
/// the wall screen and the issuer's view show it overdue without anyone reloading.
/// </summary>
public class OverdueTaskPageTests(BrowserFixture browser) : PageTest(browser), IClassFixture<BrowserFixture>
{
    private const string Title = "Feldbetten für die Turnhalle Ost beschaffen";

    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);

    // A token of the fake clock's default 30 days would overflow the page's renewal timer (setTimeout takes at most
    // 24.8 days) and end the session at once; half a day outlives the test's hour on the clock.
    protected override GatewayApp CreateGateway() =>
        new(time: _clock, settings: new Dictionary<string, string>
        {
            ["Krisenstab:Tasking:SweepInterval"] = "00:01:00",
            ["Krisenstab:Auth:AccessTokenLifetime"] = "12:00:00",
        });

    [Fact]
    public async Task An_overdue_task_is_an_alarm_in_view_on_the_picture_and_the_wall_screen_and_marked_in_the_issuers_view()
    {
        var crisisId = await OpenCrisisAsync("Zugang Ukraine");
        await Gateway.IssueTaskAsync(Title, "S4", _clock.GetUtcNow().AddMinutes(30), crisisId, priority: "urgent");
        await SignInAsync("head", $"/krisen/{crisisId}?wand=1");
        await Expect(Page.Locator("[data-task-figures]")).ToContainTextAsync("1 offen, davon 0 überfällig", new() { Timeout = 15_000 });
        await Expect(Page.Locator("[data-task-alarm]")).ToHaveCountAsync(0);

        _clock.Advance(TimeSpan.FromMinutes(31));

        var alarm = Page.Locator("[data-task-alarm]");
        await Expect(alarm).ToContainTextAsync("1 Auftrag überfällig", new() { Timeout = 15_000 });
        await Expect(alarm.Locator($"[data-overdue-task=\"{Title}\"]")).ToContainTextAsync("S4: " + Title);
        await Expect(alarm).ToBeInViewportAsync();
        await Expect(Page.Locator("tr[data-unit=S4] [data-overdue-count]")).ToHaveTextAsync("1");

        await Page.GotoAsync("/auftraege/erteilt");
        await Expect(Page.Locator($"tr[data-task=\"{Title}\"] [data-overdue]")).ToHaveTextAsync("überfällig");
        Assert.Empty(PageErrors);
    }
}

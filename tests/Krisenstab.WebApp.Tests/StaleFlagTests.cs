using Krisenstab.Testing;
using Krisenstab.WebApp.Tests.Support;

namespace Krisenstab.WebApp.Tests;

/// <summary>Figures not confirmed within the configured age are flagged with their age; confirming them from the page clears the flag.</summary>
public class StaleFlagTests(BrowserFixture browser) : PageTest(browser), IClassFixture<BrowserFixture>
{
    private readonly ShiftedClock _clock = new();

    protected override GatewayApp CreateGateway() => new(time: _clock, settings: new Dictionary<string, string>
    {
        ["Krisenstab:Dashboard:StaleAfter"] = "02:00:00",
        ["Krisenstab:Accommodation:StaleAfter"] = "02:00:00",
    });

    [Fact]
    public async Task A_facility_not_confirmed_within_the_configured_age_is_flagged_until_confirmed_from_the_page()
    {
        _clock.Offset = TimeSpan.FromHours(-3);
        var facilityId = await RegisterFacilityAsync("Turnhalle West", "Niestetal", 30);
        _clock.Offset = TimeSpan.FromHours(-1);
        await RegisterFacilityAsync("Pension Sonne", "Niestetal", 8);
        _clock.Offset = TimeSpan.Zero;
        var crisisId = await OpenCrisisAsync();
        await SignInAsync("staff", $"/krisen/{crisisId}");

        var stale = FacilityRow("Turnhalle West").Locator(".stale");
        await Expect(stale).ToHaveTextAsync("Angaben vor 3 h bestätigt", new() { Timeout = 15_000 });
        await Expect(FacilityRow("Pension Sonne")).ToContainTextAsync("bestätigt vor 1 h");
        await Expect(FacilityRow("Pension Sonne").Locator(".stale")).ToHaveCountAsync(0);

        var panel = await OpenFacilityPanelAsync("Turnhalle West");
        await panel.GetByRole(AriaRole.Button, new() { Name = "Angaben bestätigen" }).ClickAsync();
        await Expect(stale).ToHaveCountAsync(0);
        await Expect(FacilityRow("Turnhalle West")).ToContainTextAsync("bestätigt vor 0 min");
        var confirmed = (await FacilityAsync(facilityId)).GetProperty("lastConfirmedAt").GetDateTimeOffset();
        Assert.True(DateTimeOffset.UtcNow - confirmed < TimeSpan.FromMinutes(5), $"confirmed at {confirmed}");
        Assert.Empty(PageErrors);
    }
}

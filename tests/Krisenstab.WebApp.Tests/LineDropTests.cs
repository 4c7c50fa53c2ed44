using Krisenstab.Testing;
using Krisenstab.WebApp.Tests.Support;

namespace Krisenstab.WebApp.Tests;

public class LineDropTests(BrowserFixture browser) : PageTest(browser), IClassFixture<BrowserFixture>
{
    protected override GatewayApp CreateGateway() => GatewayApp.BeforeRestart();

    [Fact]
    public async Task When_the_gateway_restarts_the_banner_shows_and_a_change_made_meanwhile_appears_without_reload()
    {
        var crisisId = await OpenCrisisAsync();
        var facilityId = await RegisterFacilityAsync("Turnhalle Nord", "Baunatal", 40);
        await SignInAsync("staff", $"/krisen/{crisisId}");
        await Expect(FacilityRow("Turnhalle Nord").Locator("[data-free]")).ToHaveTextAsync("40", new() { Timeout = 15_000 });
        await Page.EvaluateAsync("() => { window.__sameDocument = true; }");

        var first = Gateway;
        await first.DisposeAsync();
        await Expect(Page.Locator("[data-line=lost]")).ToContainTextAsync("Verbindung unterbrochen — Stand ");
        await Expect(FacilityRow("Turnhalle Nord").Locator("[data-free]")).ToHaveTextAsync("40");

        Gateway = first.Restarted();
        Gateway.StartOnLoopback(Address.Port);
        await PlaceAsync(facilityId, "KS-2022-0417", 4, crisisId);

        await Expect(Page.Locator("[data-line=restored]")).ToHaveTextAsync("Verbindung wiederhergestellt", new() { Timeout = 30_000 });
        await Expect(FacilityRow("Turnhalle Nord").Locator("[data-free]")).ToHaveTextAsync("36");
        await Expect(Page.Locator("[data-line=lost]")).ToHaveCountAsync(0);
        Assert.True(await Page.EvaluateAsync<bool>("() => window.__sameDocument === true"), "the page was reloaded");
    }
}

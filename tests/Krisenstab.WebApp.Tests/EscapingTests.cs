using Krisenstab.WebApp.Tests.Support;

namespace Krisenstab.WebApp.Tests;

/// <summary>Names typed by users (and every event text) are shown as text: no markup they carry is ever run or rendered.</summary>
public class EscapingTests(BrowserFixture browser) : PageTest(browser), IClassFixture<BrowserFixture>
{
    private const string CrisisName = "<script>window.__ran = 1</script>Zugang <b>Ukraine</b>";
    private const string FacilityName = "<img src=x onerror=alert(1)>Halle";

    [Fact]
    public async Task A_crisis_and_a_facility_named_with_script_and_html_are_shown_as_text_and_nothing_runs()
    {
        var crisisId = await OpenCrisisAsync(CrisisName, "<i>Kassel</i>");
        var facilityId = await RegisterFacilityAsync(FacilityName, "Baunatal", 10);
        await PlaceAsync(facilityId, "KS-<svg onload=alert(2)>", 2, crisisId);
        await SignInAsync("staff");
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = CrisisName })).ToBeVisibleAsync();

        await Page.GotoAsync($"/krisen/{crisisId}");
        await Expect(Page.Locator("[data-crisis-name]")).ToHaveTextAsync(CrisisName, new() { Timeout = 15_000 });
        var row = Page.Locator("tr.facility").First;
        await Expect(row.Locator("th")).ToHaveTextAsync(FacilityName);
        await Expect(row.Locator("[data-free]")).ToHaveTextAsync("8");
        await row.GetByRole(AriaRole.Button).ClickAsync();
        await Expect(Page.Locator("dialog")).ToContainTextAsync("KS-<svg onload=alert(2)>: 2 Personen");

        Assert.Equal(0, await Page.Locator("main img, main script, main b, main i, main svg").CountAsync());
        Assert.Null(await Page.EvaluateAsync<int?>("() => window.__ran ?? null"));
        Assert.Empty(PageErrors);
    }
}

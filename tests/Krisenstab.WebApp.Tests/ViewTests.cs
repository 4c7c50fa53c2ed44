using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Krisenstab.WebApp.Tests.Support;

namespace Krisenstab.WebApp.Tests;

public class ViewTests(BrowserFixture browser) : PageTest(browser), IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_english_switch_is_remembered_and_the_wall_screen_and_print_show_the_key_figures()
    {
        var crisisId = await OpenCrisisAsync();
        var facilityId = await RegisterFacilityAsync("Turnhalle Nord", "Baunatal", 40);
        await PlaceAsync(facilityId, "KS-2022-0417", 4, crisisId);
        await SignInAsync("staff", $"/krisen/{crisisId}");
        await Expect(Page.Locator("[data-total=free]")).ToHaveTextAsync("36", new() { Timeout = 15_000 });

        await Page.GetByRole(AriaRole.Button, new() { Name = "Switch to English" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Accommodation" })).ToBeVisibleAsync();
        await Page.ReloadAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Accommodation" })).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Auf Deutsch umschalten" }).ClickAsync();

        await Page.SetViewportSizeAsync(1920, 1080);
        await Page.GotoAsync($"/krisen/{crisisId}?wand=1");
        await Expect(Page.Locator("html.wall")).ToHaveCountAsync(1);
        await Expect(Page.Locator("[data-total=free]")).ToHaveTextAsync("36", new() { Timeout = 15_000 });
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Haushalt unterbringen" })).ToBeHiddenAsync();
        foreach (var keyFigure in new[] { "[data-stand]", "[data-total=free]", "#towns-title", "tr[data-facility=\"Turnhalle Nord\"]" })
        {
            var box = await Page.Locator(keyFigure).BoundingBoxAsync();
            Assert.True(box is not null && box.Y + box.Height <= 1080, $"{keyFigure} is below the fold of 1920×1080: {box?.Y}");
        }

        await Page.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(Page.Locator("[data-stand]")).ToContainTextAsync("Stand ");
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Drucken" })).ToBeHiddenAsync();
        await Expect(Page.Locator("header.top")).ToBeHiddenAsync();
    }

    [Fact]
    public async Task The_picture_prints_on_a4_landscape_with_its_stand_time()
    {
        var crisisId = await OpenCrisisAsync();
        await RegisterFacilityAsync("Turnhalle Nord", "Baunatal", 40);
        await SignInAsync("staff", $"/krisen/{crisisId}");
        await Expect(FacilityRow("Turnhalle Nord")).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await Expect(Page.Locator("[data-stand]")).ToHaveTextAsync(new Regex(@"^Stand \d\d:\d\d:\d\d$"));

        // The page's own @page rule decides the paper: A4 landscape is 842 × 595 pt.
        var pdf = Encoding.Latin1.GetString(await Page.PdfAsync(new() { PreferCSSPageSize = true, PrintBackground = true }));
        var box = Regex.Match(pdf, @"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]");
        Assert.True(box.Success, "the PDF has no page box");
        var (width, height) = (double.Parse(box.Groups[1].Value, CultureInfo.InvariantCulture), double.Parse(box.Groups[2].Value, CultureInfo.InvariantCulture));
        Assert.InRange(width, 838, 846);
        Assert.InRange(height, 591, 599);
        await Page.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(Page.Locator("[data-stand]")).ToBeVisibleAsync();
        await Expect(Page.Locator("[data-stand]")).ToHaveTextAsync(new Regex(@"^Stand \d\d:\d\d:\d\d$"));
    }
}

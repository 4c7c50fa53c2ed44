using Krisenstab.WebApp.Tests.Support;

namespace Krisenstab.WebApp.Tests;

public class ScreenshotTests(BrowserFixture browser) : PageTest(browser), IClassFixture<BrowserFixture>
{
    /// <summary>The README's picture of the page: written to TestResults; scripts/test.sh keeps it as docs/webapp.png.</summary>
    [Fact]
    public async Task A_screenshot_of_a_picture_with_data_is_written_to_the_test_results()
    {
        var crisisId = await OpenCrisisAsync("Zugang Ukraine", "Landkreis Kassel");
        var facilities = new (string Name, string Town, int Capacity, int Placed)[]
        {
            ("Turnhalle Nord", "Baunatal", 40, 28),
            ("Gemeinschaftsunterkunft Am Park", "Kassel", 120, 96),
            ("Hotel Post", "Kassel", 25, 9),
            ("Bürgerhaus", "Vellmar", 60, 51),
            ("Pension Ahnatal", "Ahnatal", 12, 4),
        };
        var n = 0;
        foreach (var (name, town, capacity, placed) in facilities)
        {
            var id = await RegisterFacilityAsync(name, town, capacity);
            for (var left = placed; left > 0; left -= 4)
            {
                await PlaceAsync(id, $"KS-2022-{++n:0000}", Math.Min(4, left), crisisId);
            }
        }
        await SignInAsync("head", $"/krisen/{crisisId}");
        await Expect(Page.Locator("[data-total=occupied]")).ToHaveTextAsync("188", new() { Timeout = 15_000 });
        await Expect(Page.Locator("[data-line]")).ToHaveCountAsync(0);

        var path = Path.Combine(ResultsDirectory(), "webapp.png");
        await Page.ScreenshotAsync(new() { Path = path, FullPage = true });
        Assert.True(new FileInfo(path).Length > 10_000, "the screenshot is empty");
    }

    private static string ResultsDirectory()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Krisenstab.sln")))
        {
            directory = directory.Parent;
        }
        var results = Path.Combine(directory?.FullName ?? Path.GetTempPath(), "TestResults");
        Directory.CreateDirectory(results);
        return results;
    }
}

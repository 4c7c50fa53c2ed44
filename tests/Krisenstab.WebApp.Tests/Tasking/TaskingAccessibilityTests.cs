using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Krisenstab.WebApp.Tests.Support;

namespace Krisenstab.WebApp.Tests.Tasking;

public class TaskingAccessibilityTests(BrowserFixture browser) : PageTest(browser), IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Axe_finds_no_serious_or_critical_violation_on_the_task_screens_and_the_picture_section()
    {
        var crisisId = await OpenCrisisAsync("Zugang Ukraine");
        await Gateway.IssueTaskAsync("Feldbetten beschaffen", "S4", DateTimeOffset.UtcNow.AddHours(3), crisisId);

        await SignInAsync("staff", "/auftraege");
        await Expect(Page.Locator("tr[data-task=\"Feldbetten beschaffen\"]")).ToBeVisibleAsync();
        await AssertNoSeriousViolationsAsync("my unit's tasks");

        await Page.GotoAsync($"/krisen/{crisisId}");
        await Expect(Page.Locator("[data-task-figures]")).ToContainTextAsync("1 offen", new() { Timeout = 15_000 });
        await AssertNoSeriousViolationsAsync("picture with tasks");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Abmelden" }).ClickAsync();
        await SignInAsync("head", "/auftraege/erteilt");
        await Expect(Page.Locator("tr[data-task=\"Feldbetten beschaffen\"]")).ToBeVisibleAsync();
        await AssertNoSeriousViolationsAsync("tasks issued");
        foreach (var (button, form) in new[] { ("Übertragen", "An andere Stelle übertragen"), ("Fälligkeit ändern", "Fälligkeit ändern"), ("Zurückziehen", "Auftrag zurückziehen") })
        {
            await Page.GetByRole(AriaRole.Button, new() { Name = $"{button}: Feldbetten beschaffen" }).ClickAsync();
            var dialogForm = Page.GetByRole(AriaRole.Form, new() { Name = form });
            await Expect(dialogForm).ToBeVisibleAsync();
            await AssertNoSeriousViolationsAsync(form);
            await dialogForm.GetByRole(AriaRole.Button, new() { Name = "Abbrechen" }).ClickAsync();
            await Expect(dialogForm).ToBeHiddenAsync();
        }

        await Page.GetByRole(AriaRole.Link, new() { Name = "Auftrag erteilen" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Form, new() { Name = "Auftrag erteilen" })).ToBeVisibleAsync();
        await AssertNoSeriousViolationsAsync("issue form");
    }

    private async Task AssertNoSeriousViolationsAsync(string where)
    {
        AxeResult result = await Page.RunAxe();
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id}: {v.Help}").ToList();
        Assert.True(serious.Count == 0, $"{where}: {string.Join("\n", serious)}");
    }
}

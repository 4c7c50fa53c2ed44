using Deque.AxeCore.Playwright;

namespace Krisenstab.WebApp.Tests.Support;

public static class AxeChecks
{
    /// <summary>Runs axe on the page as it is and fails with every serious or critical violation, naming <paramref name="where"/>.</summary>
    public static async Task AssertNoSeriousViolationsAsync(this IPage page, string where)
    {
        var result = await page.RunAxe();
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(", ", v.Nodes.Select(n => n.Html))}")
            .ToList();
        Assert.True(serious.Count == 0, $"{where}: {string.Join("\n", serious)}");
    }
}

using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace Krisenstab.WebApp.Tests.Support;

/// <summary>The axe check every screen passes: no serious or critical violation, each one listed with its nodes.</summary>
public static class AxeCheck
{
    public static async Task AssertNoSeriousViolationsAsync(this IPage page, string where)
    {
        AxeResult result = await page.RunAxe();
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(", ", v.Nodes.Select(n => n.Html))}")
            .ToList();
        Assert.True(serious.Count == 0, $"{where}: {string.Join("\n", serious)}");
    }
}

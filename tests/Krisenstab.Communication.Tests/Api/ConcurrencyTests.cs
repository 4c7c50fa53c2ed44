using System.Net;
using Krisenstab.Communication.Tests.Support;
using static Krisenstab.Communication.Tests.Support.CommunicationClient;

namespace Krisenstab.Communication.Tests.Api;

/// <summary>The four-eyes path under real concurrency, on both stores.</summary>
public sealed class ConcurrencyTests
{
    private const int Attempts = 20;

    [Theory]
    [MemberData(nameof(Engines.Both), MemberType = typeof(Engines))]
    public Task Twenty_concurrent_publishes_publish_once_and_twenty_concurrent_corrections_draft_one(string engine) => Engines.RunAsync(engine, async app =>
    {
        var staff = await app.ClientForAsync("staff");
        var press = await app.ClientForAsync("press");
        var id = await staff.DraftAsync();
        (await staff.StepAsync(id, "submit")).EnsureSuccessStatusCode();
        (await press.StepAsync(id, "approve")).EnsureSuccessStatusCode();

        var publishes = await Task.WhenAll(Enumerable.Range(0, Attempts).Select(_ => press.StepAsync(id, "publish")));
        Assert.All(publishes, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var history = await staff.HistoryAsync(id);
        Assert.Single(history.GetProperty("steps").EnumerateArray(), s => s.Text("step") == "published");

        var corrections = await Task.WhenAll(Enumerable.Range(0, Attempts).Select(i =>
            staff.StepAsync(id, "corrections", new { texts = new[] { new { language = "de", title = "Korrektur", text = $"Fassung {i}" } }, note = "Uhrzeit" })));
        Assert.Single(corrections, r => r.StatusCode == HttpStatusCode.OK);
        foreach (var refused in corrections.Where(r => r.StatusCode != HttpStatusCode.OK))
        {
            Assert.Equal("correction-pending", (await refused.ExpectProblemAsync(HttpStatusCode.Conflict)).Text("code"));
        }
        Assert.Equal(2, (await staff.HistoryAsync(id)).GetProperty("versions").GetArrayLength());
    }, null);
}

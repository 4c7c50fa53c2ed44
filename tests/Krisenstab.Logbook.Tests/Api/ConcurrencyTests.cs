using System.Net;
using Krisenstab.Logbook.Tests.Support;
using Krisenstab.Testing;

namespace Krisenstab.Logbook.Tests.Api;

/// <summary>The logs' invariants under real concurrency on both stores: one keeper at a time, numbers without gaps or doubles.</summary>
public sealed class ConcurrencyTests
{
    private const int Writes = 12;

    [Theory]
    [MemberData(nameof(Engine.Both), MemberType = typeof(Engine))]
    public async Task Two_taking_the_log_over_at_the_same_instant_give_exactly_one_keeper(string engine)
    {
        await using var host = await Engine.StartAsync(engine);
        var staff = await host.App.ClientForAsync("staff");
        var head = await host.App.ClientForAsync("head");
        var admin = await host.App.ClientForAsync("admin");
        var crisis = Guid.NewGuid();

        var responses = await Task.WhenAll(staff.TakeOverAsync(crisis), head.TakeOverAsync(crisis), admin.TakeOverAsync(crisis));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        foreach (var refused in responses.Where(r => r.StatusCode != HttpStatusCode.OK))
        {
            await refused.ExpectProblemAsync(HttpStatusCode.Conflict, "keeper-changed");
        }
        var log = await staff.GetJsonAsync(LogbookCalls.StaffLog(crisis));
        Assert.Single(log.GetProperty("entries").EnumerateArray());
    }

    [Theory]
    [MemberData(nameof(Engine.Both), MemberType = typeof(Engine))]
    public async Task Concurrent_entries_and_messages_get_consecutive_numbers(string engine)
    {
        await using var host = await Engine.StartAsync(engine);
        var staff = await host.App.ClientForAsync("staff");
        var crisis = Guid.NewGuid();
        (await staff.TakeOverAsync(crisis)).EnsureSuccessStatusCode();

        var entries = await Task.WhenAll(Enumerable.Range(0, Writes).Select(i => staff.WrittenNumberAsync(crisis, $"Feststellung {i}")));
        var messages = await Task.WhenAll(Enumerable.Range(0, Writes).Select(async i =>
        {
            using var response = await staff.LogMessageAsync(crisis, "sofort", content: $"Meldung {i}");
            return (await response.ExpectJsonAsync(HttpStatusCode.Created)).GetProperty("number").GetInt32();
        }));

        Assert.Equal(Enumerable.Range(2, Writes), entries.Order());
        Assert.Equal(Enumerable.Range(1, Writes), messages.Order());
        var log = await staff.GetJsonAsync(LogbookCalls.StaffLog(crisis));
        Assert.Equal(Enumerable.Range(1, Writes + 1), log.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("number").GetInt32()));
    }
}

using Krisenstab.ServiceDefaults.Tests.Support;

namespace Krisenstab.ServiceDefaults.Tests;

/// <summary>Many writers on one stream: every command is decided on the state it appends to.</summary>
public sealed class CommandRunnerConcurrencyTests
{
    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task Twenty_concurrent_increments_against_a_limit_of_ten_accept_exactly_ten_and_lose_none_to_a_conflict(Engine engine)
    {
        await using var harness = await CommandHarness.CreateAsync(engine);
        var runner = harness.Runner(maxAttempts: 25);
        var stream = runner.Store.StreamOf(Guid.NewGuid());

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() =>
            runner.RunAsync(stream, (s, _) => Counter.Increment(s, 1, 10), CommandHarness.Metadata, default))));

        Assert.Equal(10, results.Count(r => r.Succeeded));
        Assert.Equal(10, results.Count(r => r.Error?.Code == "limit-reached"));
        Assert.Equal(Enumerable.Range(0, 10).Select(v => (long)v), results.Where(r => r.Succeeded).Select(r => r.Version).Order());
        Assert.Equal(Enumerable.Range(1, 10), results.Where(r => r.Succeeded).Select(r => r.State.Count).Order());
        Assert.Equal(10, (await harness.ReadAsync(stream)).Count);
        Assert.Equal(new Counter(10), (await runner.Store.LoadAsync(stream)).State);
    }
}

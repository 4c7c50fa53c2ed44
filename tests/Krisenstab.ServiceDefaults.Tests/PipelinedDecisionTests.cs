using Krisenstab.ServiceDefaults.Tests.Support;

namespace Krisenstab.ServiceDefaults.Tests;

/// <summary>
/// A command is decided while the previous one on its stream still commits, on the state that one will leave. That is
/// safe only because its append names the event it was decided after: if the earlier append fails and another writer
/// fills the same versions, the later one is refused by the store instead of appended on a state that never was.
/// </summary>
public sealed class PipelinedDecisionTests
{
    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task A_decision_on_a_state_whose_commit_failed_is_never_appended_even_when_another_writer_filled_its_version(Engine engine)
    {
        await using var harness = await CommandHarness.CreateAsync(engine);
        var counters = harness.Counters();
        var stream = counters.StreamOf(Guid.NewGuid());
        // Another process wrote version 0; this process still believes its own append (count 9, never stored) leaves version 0.
        await counters.AppendAsync(stream, EventStore.ExpectedVersion.NoStream, [new Incremented(1)], CommandHarness.Metadata);
        var failedCommit = counters.Expect(stream, new Counter(9), 0, Guid.NewGuid());

        var onTheFailedState = await harness.Runner(counters, maxAttempts: 1).RunAsync(
            stream, (s, _) => Counter.Increment(s, 1, 10), CommandHarness.Metadata, default);
        var storedMeanwhile = (await harness.ReadAsync(stream)).Count;
        failedCommit.Settle(committed: false);
        var decidedAgain = await harness.Runner(counters).RunAsync(stream, (s, _) => Counter.Increment(s, 1, 10), CommandHarness.Metadata, default);

        Assert.Equal("concurrent-change", onTheFailedState.Error?.Code);
        Assert.Equal(1, storedMeanwhile);
        Assert.Equal((new Counter(2), 1L), (decidedAgain.State, decidedAgain.Version));
        Assert.Equal(new Counter(2), (await counters.LoadAsync(stream)).State);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task A_decision_on_a_state_still_being_committed_is_appended_after_it(Engine engine)
    {
        await using var harness = await CommandHarness.CreateAsync(engine);
        var counters = harness.Counters();
        var runner = harness.Runner(counters, maxAttempts: 1);
        var stream = counters.StreamOf(Guid.NewGuid());

        var results = await Task.WhenAll(Enumerable.Range(0, 30).Select(_ => Task.Run(() =>
            runner.RunAsync(stream, (s, _) => Counter.Increment(s, 1, 1000), CommandHarness.Metadata, default))));

        Assert.All(results, r => Assert.True(r.Succeeded, r.Error?.Detail));
        Assert.Equal(Enumerable.Range(0, 30).Select(v => (long)v), results.Select(r => r.Version).Order());
        Assert.Equal(Enumerable.Range(1, 30), results.Select(r => r.State.Count).Order());
        Assert.Equal(new Counter(30), (await harness.Counters().LoadAsync(stream)).State);
    }
}

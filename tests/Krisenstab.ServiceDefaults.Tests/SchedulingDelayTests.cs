using Krisenstab.ServiceDefaults.Overload;

namespace Krisenstab.ServiceDefaults.Tests;

/// <summary>
/// The probe reads how long work waits for the thread pool: high while every pool thread is blocked, low again once
/// they are free. Not run beside other tests: it starves the pool for a moment.
/// </summary>
[Collection(nameof(PoolStarvingTests))]
public sealed class SchedulingDelayTests
{
    [Fact]
    public async Task A_starved_thread_pool_reads_as_behind_and_a_free_one_as_on_time()
    {
        using var probe = new SchedulingDelay();
        await probe.StartAsync(default);
        Assert.True(SpinWait.SpinUntil(() => probe.Current > TimeSpan.Zero && probe.Current < TimeSpan.FromMilliseconds(50), TimeSpan.FromSeconds(10)),
            $"an idle pool read {probe.Current.TotalMilliseconds} ms behind");

        using var release = new ManualResetEventSlim();
        var blockers = new List<Task>();
        // More blockers than the pool has threads (earlier tests may have grown it), again whenever none wait any more.
        var sawBehind = SpinWait.SpinUntil(() =>
        {
            if (ThreadPool.PendingWorkItemCount == 0)
            {
                blockers.AddRange(Enumerable.Range(0, ThreadPool.ThreadCount + Environment.ProcessorCount * 4)
                    .Select(_ => Task.Factory.StartNew(() => release.Wait(TimeSpan.FromSeconds(30)), TaskCreationOptions.PreferFairness)));
            }
            return probe.Current >= TimeSpan.FromMilliseconds(200);
        }, TimeSpan.FromSeconds(10));
        var behind = probe.Current;
        release.Set();
        await Task.WhenAll(blockers);

        Assert.True(sawBehind, $"a starved pool read only {behind.TotalMilliseconds} ms behind");
        Assert.True(SpinWait.SpinUntil(() => probe.Current < TimeSpan.FromMilliseconds(50), TimeSpan.FromSeconds(10)),
            $"a free pool still read {probe.Current.TotalMilliseconds} ms behind");
        await probe.StopAsync(default);
    }
}

[CollectionDefinition(nameof(PoolStarvingTests), DisableParallelization = true)]
public sealed class PoolStarvingTests;

namespace Krisenstab.Benchmarks.Load;

/// <summary>
/// While a phase runs: the gateway's resident memory and thread count every 100 ms (peaks; a thread count that
/// climbs shows the thread pool injecting threads because its threads are blocked), its CPU time and the machine's
/// load average at the start and the end.
/// </summary>
public sealed class MemorySampler : IDisposable
{
    private readonly GatewayProcess _gateway;
    private readonly Timer _timer;
    private readonly TimeSpan _cpuAtStart;
    private readonly TimeSpan _ownCpuAtStart = Environment.CpuUsage.TotalTime;
    private readonly string _loadAtStart = LoadAverage();
    private double _peak;
    private int _peakThreads;

    private MemorySampler(GatewayProcess gateway)
    {
        _gateway = gateway;
        _cpuAtStart = gateway.CpuTime();
        _timer = new Timer(_ => Sample(), null, TimeSpan.Zero, TimeSpan.FromMilliseconds(100));
    }

    public static MemorySampler Start(GatewayProcess gateway) => new(gateway);

    /// <summary>One line: peak memory and threads, CPU seconds of the gateway and of this load generator, load averages.</summary>
    public string Summary(int requests)
    {
        var cpu = _gateway.CpuTime() - _cpuAtStart;
        var own = Environment.CpuUsage.TotalTime - _ownCpuAtStart;
        return $"gateway memory: peak {_peak:0} MB; threads: peak {_peakThreads}; gateway CPU {cpu.TotalSeconds:0.0} s " +
            $"({cpu.TotalMilliseconds / Math.Max(1, requests):0.00} ms per request), load generator CPU {own.TotalSeconds:0.0} s; " +
            $"load average (1/5/15 min) at start {_loadAtStart}, at end {LoadAverage()}";
    }

    public void Dispose() => _timer.Dispose();

    private void Sample()
    {
        _peak = Math.Max(_peak, _gateway.ResidentMegabytes());
        _peakThreads = Math.Max(_peakThreads, _gateway.Threads());
    }

    private static string LoadAverage() => string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
}

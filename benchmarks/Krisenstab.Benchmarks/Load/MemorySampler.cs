namespace Krisenstab.Benchmarks.Load;

/// <summary>Samples the gateway's resident memory every 100 ms while a phase runs and keeps the peak.</summary>
public sealed class MemorySampler : IDisposable
{
    private readonly Timer _timer;
    private double _peak;

    private MemorySampler(GatewayProcess gateway) =>
        _timer = new Timer(_ => _peak = Math.Max(_peak, gateway.ResidentMegabytes()), null, TimeSpan.Zero, TimeSpan.FromMilliseconds(100));

    public double PeakMegabytes => _peak;

    public static MemorySampler Start(GatewayProcess gateway) => new(gateway);

    public void Dispose() => _timer.Dispose();
}

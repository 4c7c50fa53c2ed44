using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;

namespace Krisenstab.Benchmarks;

/// <summary>The default config plus an operations-per-second column: our targets are throughputs.</summary>
public sealed class ThroughputConfig : ManualConfig
{
    public ThroughputConfig()
    {
        Add(DefaultConfig.Instance);
        AddColumn(StatisticColumn.OperationsPerSecond);
    }
}

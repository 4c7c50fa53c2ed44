using BenchmarkDotNet.Running;
using Krisenstab.Benchmarks;
using Krisenstab.Benchmarks.AsOf;
using Krisenstab.Benchmarks.Load;
using Krisenstab.Benchmarks.Replay;

// dotnet run -c Release --project benchmarks/Krisenstab.Benchmarks -- --filter '*'
// PostgreSQL runs too when KRISENSTAB_TEST_POSTGRES holds a connection string (see README.md).
// dotnet run -c Release --project benchmarks/Krisenstab.Benchmarks -- load   (the command path under load; see README.md)
// dotnet run -c Release --project benchmarks/Krisenstab.Benchmarks -- as-of [events]   (fold and picture as of; see README.md)
if (args.Length > 0 && args[0] == "as-of")
{
    return await AsOfBenchmark.RunAsync(args[1..]);
}
// dotnet run -c Release --project benchmarks/Krisenstab.Benchmarks -- replay [seconds] [entries per second]   (a replay at 3600×; see services/Dashboard/README.md)
if (args.Length > 0 && args[0] == "replay")
{
    return await ReplayBenchmark.RunAsync(args[1..]);
}
if (args.Length > 0 && args[0] == "load")
{
    return await LoadTest.RunAsync(args[1..]);
}
BenchmarkSwitcher.FromTypes([typeof(AppendBenchmarks), typeof(ReadAllBenchmarks)]).Run(args, new ThroughputConfig());
return 0;

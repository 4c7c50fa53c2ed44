using BenchmarkDotNet.Running;
using Krisenstab.Benchmarks;

// dotnet run -c Release --project benchmarks/Krisenstab.Benchmarks -- --filter '*'
// PostgreSQL runs too when KRISENSTAB_TEST_POSTGRES holds a connection string (see README.md).
BenchmarkSwitcher.FromTypes([typeof(AppendBenchmarks), typeof(ReadAllBenchmarks)]).Run(args, new ThroughputConfig());

using BenchmarkDotNet.Attributes;

namespace Krisenstab.Benchmarks;

/// <summary>
/// Durable single-event appends to distinct streams, as commands do: one caller at a time, and 50 callers at once
/// (group commit batches them into shared transactions). One operation = one acknowledged append.
/// </summary>
public class AppendBenchmarks
{
    private const int SequentialAppends = 100;
    private const int ConcurrentWriters = 50;
    private const int AppendsPerWriter = 20;

    private BenchmarkStore _store = null!;

    [ParamsSource(nameof(Engines))]
    public string Engine { get; set; } = BenchmarkEngine.Sqlite;

    public static IEnumerable<string> Engines() => BenchmarkEngine.Available();

    [GlobalSetup]
    public async Task SetUpAsync() => _store = await BenchmarkStore.CreateAsync(Engine);

    [GlobalCleanup]
    public async Task CleanUpAsync() => await _store.DisposeAsync();

    [Benchmark(OperationsPerInvoke = SequentialAppends)]
    public async Task OneWriter()
    {
        for (var append = 0; append < SequentialAppends; append++)
        {
            await SampleEvents.AppendOneAsync(_store.Store);
        }
    }

    [Benchmark(OperationsPerInvoke = ConcurrentWriters * AppendsPerWriter)]
    public Task FiftyConcurrentWriters() =>
        Task.WhenAll(Enumerable.Range(0, ConcurrentWriters).Select(_ => Task.Run(async () =>
        {
            for (var append = 0; append < AppendsPerWriter; append++)
            {
                await SampleEvents.AppendOneAsync(_store.Store);
            }
        })));
}

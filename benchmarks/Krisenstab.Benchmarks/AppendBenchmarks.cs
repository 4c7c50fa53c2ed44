using BenchmarkDotNet.Attributes;

namespace Krisenstab.Benchmarks;

/// <summary>
/// Durable single-event appends to distinct streams, as commands do: one caller at a time, and 50 callers at once
/// (group commit batches them into shared transactions). One operation = one acknowledged append. The baseline is a raw
/// insert loop on the same database with the same durability (one autocommitted INSERT of the same row size each), so the
/// Ratio column is what the store costs over the engine itself.
/// </summary>
public class AppendBenchmarks
{
    private const int SequentialAppends = 100;
    private const int ConcurrentWriters = 50;
    private const int AppendsPerWriter = 20;

    private BenchmarkStore _store = null!;
    private System.Data.Common.DbConnection _raw = null!;

    [ParamsSource(nameof(Engines))]
    public string Engine { get; set; } = BenchmarkEngine.Sqlite;

    public static IEnumerable<string> Engines() => BenchmarkEngine.Available();

    [GlobalSetup]
    public async Task SetUpAsync()
    {
        _store = await BenchmarkStore.CreateAsync(Engine);
        await SampleEvents.AppendOneAsync(_store.Store);
        _raw = await _store.OpenRawAsync();
        await SampleEvents.CreateRawTableAsync(_raw);
    }

    [GlobalCleanup]
    public async Task CleanUpAsync()
    {
        await _raw.DisposeAsync();
        await _store.DisposeAsync();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = SequentialAppends)]
    public async Task RawInsertLoop()
    {
        for (var insert = 0; insert < SequentialAppends; insert++)
        {
            await SampleEvents.InsertRawAsync(_raw);
        }
    }

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

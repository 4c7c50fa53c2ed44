using BenchmarkDotNet.Attributes;
using Krisenstab.EventStore;

namespace Krisenstab.Benchmarks;

/// <summary>
/// Reading the whole log in pages, as a subscription catching up (a read model rebuilt, a publisher restarted) does.
/// One operation = one event read.
/// </summary>
public class ReadAllBenchmarks
{
    private const int EventCount = 10_000;
    private const int EventsPerAppend = 100;

    private BenchmarkStore _store = null!;

    [ParamsSource(nameof(Engines))]
    public string Engine { get; set; } = BenchmarkEngine.Sqlite;

    public static IEnumerable<string> Engines() => BenchmarkEngine.Available();

    /// <summary>256 is a subscription's default batch size.</summary>
    [Params(256, 1000)]
    public int PageSize { get; set; }

    [GlobalSetup]
    public async Task SetUpAsync()
    {
        _store = await BenchmarkStore.CreateAsync(Engine);
        for (var stream = 0; stream < EventCount / EventsPerAppend; stream++)
        {
            var events = Enumerable.Range(0, EventsPerAppend).Select(_ => SampleEvents.One()).ToArray();
            await _store.Store.AppendAsync(SampleEvents.NewStream(), ExpectedVersion.NoStream, events);
        }
    }

    [GlobalCleanup]
    public async Task CleanUpAsync() => await _store.DisposeAsync();

    [Benchmark(OperationsPerInvoke = EventCount)]
    public async Task<long> ReadAll()
    {
        long position = 0;
        while (true)
        {
            var page = await _store.Store.ReadAllAsync(position, PageSize);
            if (page.Count == 0)
            {
                return position;
            }
            position = page[^1].GlobalPosition;
        }
    }
}

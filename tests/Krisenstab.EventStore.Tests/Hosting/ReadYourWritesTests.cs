using Krisenstab.EventStore.Tests.Conformance;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Krisenstab.EventStore.Tests.Hosting;

/// <summary>
/// A read waits for the store's read models to hold this process's last append: not done while the projection is held
/// back, done once it has folded the append. A subscription that only passes events on is not waited for.
/// </summary>
public sealed class ReadYourWritesTests : IDisposable
{
    private const string StoreName = "tasking";

    private readonly HostDataDirectory _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task A_read_after_an_append_waits_until_the_read_model_holds_it()
    {
        using var folding = new SemaphoreSlim(0);
        var folded = 0L;
        var builder = _data.HostWithStore(StoreName);
        builder.Services.AddInMemoryProjection(StoreName, "held-back", _ => async (batch, ct) =>
        {
            await folding.WaitAsync(ct);
            Interlocked.Exchange(ref folded, batch[^1].GlobalPosition);
        });
        // Never handles anything: were it waited for, no read would be caught up.
        builder.Services.AddEventSubscription(StoreName, "passes-on", _ => (_, ct) => Task.Delay(Timeout.Infinite, ct));
        using var host = builder.Build();
        await host.StartAsync();
        var store = host.Services.GetRequiredKeyedService<IEventStore>(StoreName);
        var reads = host.Services.GetRequiredService<ReadYourWrites>();

        var appended = await store.AppendAsync(TestEvents.NewStream(), ExpectedVersion.NoStream, [TestEvents.New()]);
        var watermark = host.Services.GetRequiredKeyedService<IAppendWatermark>(StoreName).LastAppendedPosition;
        var read = reads.CaughtUpAsync(StoreName, default);
        var doneWhileHeldBack = read.IsCompleted;
        folding.Release();
        var caughtUp = await read;

        Assert.Equal(appended.LastGlobalPosition, watermark);
        Assert.False(doneWhileHeldBack);
        Assert.True(caughtUp);
        Assert.Equal(appended.LastGlobalPosition, Interlocked.Read(ref folded));
        Assert.True(await reads.CaughtUpAsync(StoreName, default));
        await host.StopAsync();
    }
}

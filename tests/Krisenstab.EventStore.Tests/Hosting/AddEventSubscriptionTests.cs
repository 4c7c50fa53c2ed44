using System.Collections.Concurrent;
using Krisenstab.EventStore.Tests.Conformance;
using Krisenstab.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Krisenstab.EventStore.Tests.Hosting;

public sealed class AddEventSubscriptionTests : IDisposable
{
    private readonly HostDataDirectory _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task Several_subscriptions_run_as_hosted_services_each_with_its_own_checkpoint()
    {
        var viaFunc = new ConcurrentQueue<Guid>();
        var builder = _data.HostWithStore("accommodation");
        builder.Services.AddSingleton<RecordingHandler.Seen>();
        builder.Services.AddEventSubscription("accommodation", "publisher", _ => (events, _) =>
        {
            foreach (var e in events)
            {
                viaFunc.Enqueue(e.EventId);
            }
            return Task.CompletedTask;
        });
        builder.Services.AddEventSubscription<RecordingHandler>("accommodation", "occupancy");
        using var host = builder.Build();
        await host.StartAsync();

        var store = host.Services.GetRequiredKeyedService<IEventStore>("accommodation");
        var events = TestEvents.Many(3);
        await store.AppendAsync(TestEvents.NewStream(), ExpectedVersion.NoStream, events);
        var seen = host.Services.GetRequiredService<RecordingHandler.Seen>();
        var checkpoints = host.Services.GetRequiredKeyedService<ICheckpointStore>("accommodation");

        await Eventually.TrueAsync(() => viaFunc.Count == 3 && seen.Ids.Count == 3, "both subscriptions to handle the events");
        await Eventually.TrueAsync(async () => await checkpoints.LoadAsync("publisher") is > 0 && await checkpoints.LoadAsync("occupancy") is > 0, "both checkpoints");
        await host.StopAsync();
        Assert.Equal(events.Select(e => e.EventId), viaFunc);
        Assert.Equal(events.Select(e => e.EventId), seen.Ids);
    }

    private sealed class RecordingHandler(RecordingHandler.Seen seen) : IEventBatchHandler
    {
        public Task HandleAsync(IReadOnlyList<RecordedEvent> events, CancellationToken cancellationToken)
        {
            foreach (var e in events)
            {
                seen.Ids.Enqueue(e.EventId);
            }
            return Task.CompletedTask;
        }

        public sealed class Seen
        {
            public ConcurrentQueue<Guid> Ids { get; } = new();
        }
    }
}

using System.Collections.Concurrent;
using Krisenstab.Contracts;
using Krisenstab.Contracts.Situation;
using Krisenstab.EventStore.Tests.Conformance;
using Krisenstab.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Krisenstab.EventStore.Tests.Hosting;

public sealed class AddInMemoryProjectionTests : IDisposable
{
    private const string StoreName = "situation";
    private const string ProjectionId = "crisis-names";

    private readonly HostDataDirectory _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task A_read_model_is_folded_from_known_events_and_rebuilt_from_the_start_after_a_restart()
    {
        var serializer = new EventSerializer(EventTypeMap.Public);
        var metadata = new EventMetadata { OccurredAt = new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero) };
        using (var first = StartHost())
        {
            await first.StartAsync();
            var store = first.Services.GetRequiredKeyedService<IEventStore>(StoreName);
            await store.AppendAsync(TestEvents.NewStream(), ExpectedVersion.NoStream, [TestEvents.New()]);
            foreach (var name in new[] { "Hochwasser", "Sturm" })
            {
                var opened = new CrisisOpened(Guid.NewGuid(), name, "Nord", metadata.OccurredAt);
                await store.AppendAsync(StreamName.For("crisis", opened.CrisisId), ExpectedVersion.NoStream, [serializer.Serialize(opened, metadata)]);
            }
            var names = first.Services.GetRequiredService<CrisisNames>();
            await Eventually.TrueAsync(() => names.All.Count == 2, "the projection to fold both crises");
            Assert.Equal(["Hochwasser", "Sturm"], names.All);
            await first.StopAsync();
        }

        using var restarted = StartHost();
        await restarted.StartAsync();
        var rebuilt = restarted.Services.GetRequiredService<CrisisNames>();
        await Eventually.TrueAsync(() => rebuilt.All.Count == 2, "the projection to rebuild from the start of the store");
        var storedCheckpoint = await restarted.Services.GetRequiredKeyedService<ICheckpointStore>(StoreName).LoadAsync(ProjectionId);
        await restarted.StopAsync();
        Assert.Equal(["Hochwasser", "Sturm"], rebuilt.All);
        Assert.Null(storedCheckpoint);
    }

    [Fact]
    public async Task The_in_memory_checkpoint_store_keeps_each_subscriptions_position_apart()
    {
        var checkpoints = new InMemoryCheckpointStore();

        await checkpoints.StoreAsync("a", 7);

        Assert.Equal(7, await checkpoints.LoadAsync("a"));
        Assert.Null(await checkpoints.LoadAsync("b"));
    }

    private IHost StartHost()
    {
        var builder = _data.HostWithStore(StoreName);
        builder.Services.AddSingleton(new EventSerializer(EventTypeMap.Public));
        builder.Services.AddSingleton<CrisisNames>();
        builder.Services.AddInMemoryProjection<CrisisNames>(StoreName, ProjectionId, (names, @event, _) => names.Apply(@event));
        return builder.Build();
    }

    private sealed class CrisisNames
    {
        private readonly ConcurrentQueue<string> _names = new();

        public IReadOnlyList<string> All => [.. _names];

        public void Apply(object @event)
        {
            if (@event is CrisisOpened opened)
            {
                _names.Enqueue(opened.Name);
            }
        }
    }
}

using Krisenstab.EventStore;
using Krisenstab.Messaging.Tests.Support;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Krisenstab.Messaging.Tests;

/// <summary>The in-memory bus forgets what it holds when the process ends; the store-to-bus publisher must not.</summary>
public class EmbeddedDeliveryTests
{
    private const int EventCount = 5;

    [Fact]
    public async Task Events_a_consumer_had_not_finished_when_the_host_stopped_are_consumed_exactly_once_after_a_restart()
    {
        await using var bus = await TestBus.CreateAsync(TestBus.InMemory);
        await using var store = Situation.OpenStore(bus);
        var crises = Enumerable.Range(1, EventCount).Select(Crises.Opened).ToArray();
        var stored = new List<RecordedEvent>();
        foreach (var crisis in crises)
        {
            stored.Add(await Situation.AppendAsync(store, crisis));
        }
        var held = new HeldCrises();
        held.Held[crises[0].CrisisId] = true; // the first event: nothing after it counts as delivered
        var published = new PublishGate(int.MaxValue);

        var first = await TestHosts.StartAsync(bus, Situation.Publishing(), Dashboard.With<HoldingCrisisConsumer>(),
            TestService.Services(builder => CrashableConsumers(builder, held, published)));
        var firstReceived = first.Services.GetRequiredService<Received>();
        await Eventually.TrueAsync(() => published.Confirmed == EventCount && held.Waiting == 1 && firstReceived.DistinctApplied == EventCount - 1,
            "every event to be published and all but the held one consumed");
        await TestHosts.StopAllAsync(first);
        Assert.DoesNotContain(firstReceived.Applied, applied => applied.Data.CrisisId == crises[0].CrisisId);
        Assert.Equal(0, await Situation.PublishedUpToAsync(store) ?? 0); // the held event was the first

        var second = await TestHosts.StartAsync(bus, Situation.Publishing(), Dashboard.With<HoldingCrisisConsumer>(),
            TestService.Services(builder => builder.Services.AddSingleton(new HeldCrises())));
        var secondReceived = second.Services.GetRequiredService<Received>();

        await Eventually.TrueAsync(async () => await Situation.PublishedUpToAsync(store) == stored[^1].GlobalPosition, "every event to count as delivered");
        var applied = firstReceived.Applied.Concat(secondReceived.Applied).Select(e => e.EventId).ToList();
        Assert.Equal(stored.Select(e => e.EventId).Order(), applied.Order());
        Assert.Equal(crises[0].CrisisId, Assert.Single(secondReceived.Applied).Data.CrisisId);
        var inbox = Dashboard.Inbox(second.Services);
        foreach (var eventId in stored.Select(e => e.EventId))
        {
            Assert.True(await inbox.HasProcessedAsync(Dashboard.Queue<HoldingCrisisConsumer>(), eventId), $"event {eventId} must be marked in the inbox");
        }
        await TestHosts.StopAllAsync(second);
    }

    /// <summary>The held consumer is cancelled soon after the host begins to stop, as a dying process would abandon it.</summary>
    private static void CrashableConsumers(IHostApplicationBuilder builder, HeldCrises held, PublishGate published)
    {
        builder.Services.AddSingleton(held);
        builder.Services.AddPublishObserver(_ => published);
        builder.Services.Configure<MassTransitHostOptions>(host => host.ConsumerStopTimeout = TimeSpan.FromMilliseconds(100));
    }
}

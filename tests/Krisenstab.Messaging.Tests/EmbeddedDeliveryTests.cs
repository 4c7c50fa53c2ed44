using Krisenstab.EventStore;
using Krisenstab.Messaging.Delivery;
using Krisenstab.Messaging.Tests.Support;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Krisenstab.Messaging.Tests;

/// <summary>The in-memory bus forgets what it holds when the process ends; the store-to-bus publisher must not.</summary>
public class EmbeddedDeliveryTests
{
    private const int EventCount = 5;
    private const int RetriedAttempts = 4; // the first attempt and three retries

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

    [Fact]
    public async Task An_event_whose_consumer_failed_every_retry_holds_the_checkpoint_and_is_delivered_at_the_next_start()
    {
        await using var bus = await TestBus.CreateAsync(TestBus.InMemory);
        await using var store = Situation.OpenStore(bus);
        var crises = Enumerable.Range(1, 3).Select(Crises.Opened).ToArray();
        var stored = new List<RecordedEvent>();
        foreach (var crisis in crises)
        {
            stored.Add(await Situation.AppendAsync(store, crisis));
        }
        var failing = new HeldCrises { FailInstead = true };
        failing.Held[crises[1].CrisisId] = true;

        var first = await TestHosts.StartAsync(bus, Situation.Publishing(), Dashboard.With<HoldingCrisisConsumer>(),
            TestService.Services(builder => builder.Services.AddSingleton(failing)));
        var firstReceived = first.Services.GetRequiredService<Received>();
        await Eventually.TrueAsync(() => failing.Failures == RetriedAttempts && firstReceived.DistinctApplied == 2,
            "the other crises to be applied and the failing one to exhaust its retries");
        await Eventually.TrueAsync(async () => await Situation.PublishedUpToAsync(store) == stored[0].GlobalPosition,
            "the checkpoint to reach the event before the failed one");
        await TestHosts.StopAllAsync(first);
        Assert.Equal(stored[0].GlobalPosition, await Situation.PublishedUpToAsync(store));

        var second = await TestHosts.StartAsync(bus, Situation.Publishing(), Dashboard.With<HoldingCrisisConsumer>(),
            TestService.Services(builder => builder.Services.AddSingleton(new HeldCrises())));
        var secondReceived = second.Services.GetRequiredService<Received>();

        await Eventually.TrueAsync(async () => await Situation.PublishedUpToAsync(store) == stored[^1].GlobalPosition, "every event to count as delivered");
        Assert.Equal(crises[1].CrisisId, Assert.Single(secondReceived.Applied).Data.CrisisId);
        Assert.Equal(stored.Select(e => e.EventId).Order(), firstReceived.Applied.Concat(secondReceived.Applied).Select(e => e.EventId).Order());
        await TestHosts.StopAllAsync(second);
    }

    [Fact]
    public async Task While_consumers_are_stuck_the_publisher_stops_at_the_cap_and_delivers_the_rest_once_they_move()
    {
        await using var bus = await TestBus.CreateAsync(TestBus.InMemory);
        await using var store = Situation.OpenStore(bus);
        var crises = Enumerable.Range(1, DeliveryTracker.MaxPending + 50).Select(Crises.Opened).ToArray();
        await Task.WhenAll(crises.Select(crisis => Situation.AppendAsync(store, crisis)));
        var held = new HeldCrises();
        foreach (var crisis in crises)
        {
            held.Held[crisis.CrisisId] = true;
        }
        var published = new PublishGate(int.MaxValue);

        var host = await TestHosts.StartAsync(bus, Situation.Publishing(), Dashboard.With<HoldingCrisisConsumer>(),
            TestService.Services(builder => CrashableConsumers(builder, held, published)));
        var tracker = host.Services.GetRequiredService<DeliveryTracker>();
        await Eventually.TrueAsync(() => tracker.Full && published.Confirmed == DeliveryTracker.MaxPending,
            "the publisher to wait with exactly the cap of events on their way");
        Assert.Equal(DeliveryTracker.MaxPending, published.Confirmed);

        held.ReleaseAll();
        var received = host.Services.GetRequiredService<Received>();
        await Eventually.TrueAsync(() => received.DistinctApplied == crises.Length, "every event consumed once the consumers move");
        Assert.Equal(crises.Length, published.Confirmed);
        await TestHosts.StopAllAsync(host);
    }

    /// <summary>The held consumer is cancelled soon after the host begins to stop, as a dying process would abandon it.</summary>
    private static void CrashableConsumers(IHostApplicationBuilder builder, HeldCrises held, PublishGate published)
    {
        builder.Services.AddSingleton(held);
        builder.Services.AddPublishObserver(_ => published);
        builder.Services.Configure<MassTransitHostOptions>(host => host.ConsumerStopTimeout = TimeSpan.FromMilliseconds(100));
    }
}

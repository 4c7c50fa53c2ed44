using Krisenstab.Contracts.Situation;
using Krisenstab.Messaging.Tests.Support;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Krisenstab.Messaging.Tests;

public class PublisherRestartTests
{
    private const int EventCount = 200;
    private const int BatchSize = 7;
    private const int PublishedBeforeStop = 20; // not a multiple of the batch size: the stop cuts a batch in half

    [Fact]
    public async Task A_publisher_stopped_half_way_and_restarted_loses_no_event_and_applies_none_twice()
    {
        await using var bus = await TestBus.CreateAsync(TestBus.RabbitMq);
        var consumer = await TestHosts.StartAsync(bus, Dashboard.With<CrisisOpenedRecorder>());
        var delivered = new ConsumedCounter<CrisisOpened>();
        using var deliveries = consumer.Services.GetRequiredService<IBus>().ConnectConsumeMessageObserver(delivered);
        var received = consumer.Services.GetRequiredService<Received>();
        await using var store = Situation.OpenStore(bus);
        for (var number = 1; number <= EventCount; number++)
        {
            await Situation.AppendAsync(store, Crises.Opened(number));
        }
        var publishing = Situation.Publishing(options => options.BatchSize = BatchSize);
        var gate = new PublishGate(PublishedBeforeStop);

        var first = await TestHosts.StartAsync(bus, publishing, TestService.Services(builder => builder.Services.AddPublishObserver(_ => gate)));
        await Eventually.TrueAsync(() => gate.Confirmed == PublishedBeforeStop, "the first events to be published");
        await TestHosts.StopAllAsync(first);
        var checkpointAtStop = await Situation.PublishedUpToAsync(store) ?? 0;
        var second = await TestHosts.StartAsync(bus, publishing);

        await Eventually.TrueAsync(() => received.DistinctApplied == EventCount, "every event to be applied", TimeSpan.FromSeconds(60));
        var republished = PublishedBeforeStop - checkpointAtStop;
        await Eventually.TrueAsync(() => delivered.Count == EventCount + republished, "the republished events to be delivered again");
        Assert.Equal(PublishedBeforeStop / BatchSize * BatchSize, checkpointAtStop);
        Assert.Equal(EventCount, received.Applied.Count);
        await TestHosts.StopAllAsync(second, consumer);
    }
}

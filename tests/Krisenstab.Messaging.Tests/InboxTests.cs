using Krisenstab.Contracts.Situation;
using Krisenstab.Messaging.Tests.Support;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Krisenstab.Messaging.Tests;

public class InboxTests
{
    [Theory]
    [InlineData(TestBus.InMemory)]
    [InlineData(TestBus.RabbitMq)]
    public async Task A_redelivered_message_with_the_same_message_id_is_applied_once(string transport)
    {
        await using var bus = await TestBus.CreateAsync(transport);
        var host = await TestHosts.StartAsync(bus, Dashboard.With<CrisisOpenedRecorder>());
        var delivered = new ConsumedCounter<CrisisOpened>();
        var publisher = host.Services.GetRequiredService<IBus>();
        using var observer = publisher.ConnectConsumeMessageObserver(delivered);
        var received = host.Services.GetRequiredService<Received>();
        var inbox = Dashboard.Inbox(host.Services);
        var consumer = Dashboard.Queue<CrisisOpenedRecorder>();
        var crisis = Crises.Opened();
        var messageId = Guid.CreateVersion7();

        await publisher.Publish(crisis, context => context.MessageId = messageId);
        await Eventually.TrueAsync(() => inbox.HasProcessedAsync(consumer, messageId), "the first delivery to be marked in the inbox");
        await publisher.Publish(crisis, context => context.MessageId = messageId);
        await Eventually.TrueAsync(() => delivered.Count == 2, "the second delivery to be consumed");

        Assert.Equal(messageId, Assert.Single(received.Applied).EventId);
        await TestHosts.StopAllAsync(host);
    }

    [Theory]
    [InlineData(TestBus.InMemory)]
    [InlineData(TestBus.RabbitMq)]
    public async Task Different_messages_are_each_applied(string transport)
    {
        await using var bus = await TestBus.CreateAsync(transport);
        var host = await TestHosts.StartAsync(bus, Dashboard.With<CrisisOpenedRecorder>());
        var publisher = host.Services.GetRequiredService<IBus>();
        var received = host.Services.GetRequiredService<Received>();

        await publisher.Publish(Crises.Opened(1));
        await publisher.Publish(Crises.Opened(2));

        await Eventually.TrueAsync(() => received.DistinctApplied == 2, "both crises to be applied");
        await TestHosts.StopAllAsync(host);
    }
}

using Krisenstab.Messaging.Tests.Support;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Krisenstab.Messaging.Tests;

public class ErrorQueueTests
{
    private const int RetriedAttempts = 4;

    [Fact]
    public async Task On_RabbitMQ_a_consumer_that_throws_is_retried_and_its_message_ends_in_the_error_queue()
    {
        await using var bus = await TestBus.CreateAsync(TestBus.RabbitMq);
        var host = await TestHosts.StartAsync(bus, Dashboard.With<FailingCrisisConsumer>());
        await using var probe = await RabbitMqProbe.ConnectAsync(bus.VirtualHost!);
        var errorQueue = Dashboard.Queue<FailingCrisisConsumer>() + "_error";
        var messageId = Guid.CreateVersion7();

        await host.Services.GetRequiredService<IBus>().Publish(Crises.Opened(), context => context.MessageId = messageId);

        var parked = await Eventually.ReturnsAsync(() => probe.GetAsync(errorQueue), m => m is not null, "the message in the error queue");
        Assert.Equal(messageId.ToString(), parked!.BasicProperties.MessageId);
        await AssertRetriedAndNotMarkedAsync(host, messageId);
        await TestHosts.StopAllAsync(host);
    }

    [Fact]
    public async Task In_memory_a_consumer_that_throws_is_retried_and_its_message_ends_in_the_error_queue()
    {
        await using var bus = await TestBus.CreateAsync(TestBus.InMemory);
        var host = await TestHosts.StartAsync(bus, Dashboard.With<FailingCrisisConsumer>());
        var publisher = host.Services.GetRequiredService<IBus>();
        // The in-memory transport moves a failed message's body but not its headers, so no consumer could take it from
        // the error queue: watch what arrives there instead.
        var parked = new ReceivedMessageIds();
        var errorEndpoint = publisher.ConnectReceiveEndpoint(Dashboard.Queue<FailingCrisisConsumer>() + "_error",
            endpoint => endpoint.ConfigureConsumeTopology = false);
        using var observer = errorEndpoint.ReceiveEndpoint.ConnectReceiveObserver(parked);
        await errorEndpoint.Ready;
        var messageId = Guid.CreateVersion7();

        await publisher.Publish(Crises.Opened(), context => context.MessageId = messageId);

        await Eventually.TrueAsync(() => parked.Ids.Contains(messageId), "the message in the error queue");
        await AssertRetriedAndNotMarkedAsync(host, messageId);
        await errorEndpoint.ReceiveEndpoint.Stop();
        await TestHosts.StopAllAsync(host);
    }

    private static async Task AssertRetriedAndNotMarkedAsync(IHost host, Guid messageId)
    {
        Assert.Equal(RetriedAttempts, host.Services.GetRequiredService<Received>().Attempts);
        Assert.False(await Dashboard.Inbox(host.Services).HasProcessedAsync(Dashboard.Queue<FailingCrisisConsumer>(), messageId));
    }
}

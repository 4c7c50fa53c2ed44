using System.Text;
using System.Text.Json;
using Krisenstab.Messaging.Tests.Support;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Krisenstab.Messaging.Tests;

public class WireNameTests
{
    [Theory]
    [InlineData(TestBus.InMemory)]
    [InlineData(TestBus.RabbitMq)]
    public async Task A_public_event_published_by_one_service_reaches_the_consumer_of_another(string transport)
    {
        await using var bus = await TestBus.CreateAsync(transport);
        var (publisher, consumer) = await TestHosts.StartPairAsync(bus,
            TestService.Services(_ => { }),
            TestService.Consumers(consumers => consumers.AddConsumer<CrisisOpenedRecorder>()));
        var crisis = Crises.Opened();
        var messageId = Guid.CreateVersion7();

        await publisher.Services.GetRequiredService<IBus>().Publish(crisis, context => context.MessageId = messageId);

        var received = consumer.Services.GetRequiredService<Received>();
        await Eventually.TrueAsync(() => !received.Applied.IsEmpty, "the crisis to be consumed");
        var applied = Assert.Single(received.Applied);
        Assert.Equal(crisis, applied.Data);
        Assert.Equal(messageId, applied.EventId);
        await TestHosts.StopAllAsync(publisher, consumer);
    }

    [Fact]
    public async Task On_RabbitMQ_a_public_event_travels_as_contract_json_on_an_exchange_named_by_its_wire_name()
    {
        await using var bus = await TestBus.CreateAsync(TestBus.RabbitMq);
        var host = await TestHosts.StartAsync(bus, TestService.Consumers(consumers => consumers.AddConsumer<CrisisOpenedRecorder>()));
        await using var probe = await RabbitMqProbe.ConnectAsync(bus.VirtualHost!);
        var tap = await probe.BindQueueAsync("situation.crisis-opened.v1");
        var crisis = Crises.Opened();

        await host.Services.GetRequiredService<IBus>().Publish(crisis);

        var message = await Eventually.ReturnsAsync(() => probe.GetAsync(tap), m => m is not null, "the published message on the tap");
        var body = Encoding.UTF8.GetString(message!.Body.Span);
        Assert.Equal("application/vnd.krisenstab.event+json", message.BasicProperties.ContentType);
        Assert.Equal("urn:message:situation.crisis-opened.v1", Encoding.UTF8.GetString((byte[])message.BasicProperties.Headers!["MT-MessageType"]!));
        Assert.Equal(crisis.CrisisId, JsonDocument.Parse(body).RootElement.GetProperty("crisisId").GetGuid());
        Assert.DoesNotContain("Krisenstab.Contracts", body, StringComparison.Ordinal);
        await TestHosts.StopAllAsync(host);
    }

    [Fact]
    public async Task On_RabbitMQ_consumer_queues_are_quorum_queues()
    {
        await using var bus = await TestBus.CreateAsync(TestBus.RabbitMq);
        var host = await TestHosts.StartAsync(bus, TestService.Consumers(consumers => consumers.AddConsumer<CrisisOpenedRecorder>()));

        Assert.Equal("quorum", await RabbitMqManagement.QueueTypeAsync(bus.VirtualHost!, "crisis-opened-recorder"));
        await TestHosts.StopAllAsync(host);
    }
}

using Krisenstab.Contracts;
using Krisenstab.EventStore;
using Krisenstab.Messaging.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Krisenstab.Messaging.Tests;

public class StoreToBusPublisherTests
{
    [Theory]
    [InlineData(TestBus.InMemory)]
    [InlineData(TestBus.RabbitMq)]
    public async Task An_event_appended_in_one_services_store_reaches_another_services_consumer_with_its_envelope(string transport)
    {
        await using var bus = await TestBus.CreateAsync(transport);
        var (publisher, consumer) = await TestHosts.StartPairAsync(bus, Situation.Publishing(), Dashboard.With<CrisisOpenedRecorder>());
        await using var store = Situation.OpenStore(bus);
        var crisis = Crises.Opened();
        var metadata = new EventMetadata
        {
            OccurredAt = new DateTimeOffset(2025, 3, 1, 9, 30, 15, 123, TimeSpan.FromHours(1)),
            CrisisId = crisis.CrisisId,
            ActorId = "user-17",
            ActorRole = "head",
            CorrelationId = Guid.CreateVersion7(),
            CausationId = Guid.CreateVersion7(),
            TraceParent = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01",
        };

        var stored = await Situation.AppendAsync(store, crisis, metadata);

        var received = consumer.Services.GetRequiredService<Received>();
        await Eventually.TrueAsync(() => !received.Applied.IsEmpty, "the stored crisis to reach the dashboard");
        var envelope = Assert.Single(received.Applied);
        Assert.Equal(crisis, envelope.Data);
        Assert.Equal(stored.EventId, envelope.EventId);
        Assert.Equal(stored.Stream, envelope.Stream);
        Assert.Equal(stored.StreamVersion, envelope.StreamVersion);
        Assert.Equal(stored.GlobalPosition, envelope.GlobalPosition);
        Assert.Equal(metadata, envelope.Metadata);
        await TestHosts.StopAllAsync(publisher, consumer);
    }

    [Theory]
    [InlineData(TestBus.InMemory)]
    [InlineData(TestBus.RabbitMq)]
    public async Task A_private_event_stays_in_its_store_and_the_publisher_moves_past_it(string transport)
    {
        await using var bus = await TestBus.CreateAsync(transport);
        var (publisher, consumer) = await TestHosts.StartPairAsync(bus, Situation.Publishing(), Dashboard.With<CrisisOpenedRecorder>());
        await using var store = Situation.OpenStore(bus);
        var note = new EventData(Guid.CreateVersion7(), "situation.internal-note.v1", "{}", new EventMetadata { OccurredAt = DateTimeOffset.UnixEpoch });
        await store.AppendAsync(new StreamName("note-1"), ExpectedVersion.NoStream, [note]);

        var last = await Situation.AppendAsync(store, Crises.Opened());

        var received = consumer.Services.GetRequiredService<Received>();
        await Eventually.TrueAsync(async () => await Situation.PublishedUpToAsync(store) == last.GlobalPosition, "the publisher to pass both events");
        await Eventually.TrueAsync(() => !received.Applied.IsEmpty, "the public event to arrive");
        Assert.Equal(last.EventId, Assert.Single(received.Applied).EventId);
        await TestHosts.StopAllAsync(publisher, consumer);
    }
}

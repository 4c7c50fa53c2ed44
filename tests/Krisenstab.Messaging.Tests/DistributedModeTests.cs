using Krisenstab.Contracts;
using Krisenstab.EventStore;
using Krisenstab.Messaging.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Krisenstab.Messaging.Tests;

public class DistributedModeTests
{
    [Fact]
    public async Task With_PostgreSQL_stores_and_RabbitMQ_an_event_appended_in_one_process_is_applied_once_in_another()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await using var bus = await TestBus.CreateAsync(TestBus.RabbitMq);
        bus.PostgresConnectionString = database.ConnectionString;
        var (publisher, consumer) = await TestHosts.StartPairAsync(bus, Situation.Publishing(), Dashboard.With<CrisisOpenedRecorder>());
        var store = publisher.Services.GetRequiredKeyedService<IEventStore>(Situation.Name);
        var crisis = Crises.Opened();
        var data = new EventSerializer(EventTypeMap.Public).Serialize(crisis, new EventMetadata { OccurredAt = crisis.OpenedAt });

        await store.AppendAsync(StreamName.For("crisis", crisis.CrisisId), ExpectedVersion.NoStream, [data]);

        var received = consumer.Services.GetRequiredService<Received>();
        var inbox = Dashboard.Inbox(consumer.Services);
        await Eventually.TrueAsync(() => inbox.HasProcessedAsync(Dashboard.Queue<CrisisOpenedRecorder>(), data.EventId), "the crisis to be applied");
        var applied = Assert.Single(received.Applied);
        Assert.Equal((data.EventId, crisis), (applied.EventId, applied.Data));
        await TestHosts.StopAllAsync(publisher, consumer);
    }
}

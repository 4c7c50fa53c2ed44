using Krisenstab.Contracts;
using Krisenstab.Contracts.Situation;
using Krisenstab.EventStore;
using Krisenstab.EventStore.Sqlite;
using Krisenstab.Messaging.Publishing;
using Microsoft.Extensions.DependencyInjection;

namespace Krisenstab.Messaging.Tests.Support;

/// <summary>A publishing test service "situation": its store is the outbox the store-to-bus publisher reads.</summary>
public static class Situation
{
    public const string Name = "situation";

    private static readonly EventSerializer Serializer = new(EventTypeMap.Public);

    public static TestService Publishing(Action<EventSubscriptionOptions>? configure = null) =>
        TestService.Services(builder =>
        {
            builder.Services.AddEventStore(Name, builder.Configuration);
            builder.Services.AddStoreToBusPublisher(Name, configure);
        });

    /// <summary>The service's store file opened directly, as its command side would: usable while its host is stopped.</summary>
    public static SqliteEventStore OpenStore(TestBus bus) => new(Path.Combine(bus.DataDirectory, $"{Name}.db"));

    public static async Task<RecordedEvent> AppendAsync(SqliteEventStore store, CrisisOpened crisis, EventMetadata? metadata = null)
    {
        var stream = StreamName.For("crisis", crisis.CrisisId);
        var data = Serializer.Serialize(crisis, metadata ?? new EventMetadata { OccurredAt = crisis.OpenedAt, CrisisId = crisis.CrisisId });
        await store.AppendAsync(stream, ExpectedVersion.NoStream, [data]);
        return Assert.Single(await store.ReadStreamAsync(stream));
    }

    public static Task<long?> PublishedUpToAsync(SqliteEventStore store) => store.LoadAsync(StoreToBusPublisherExtensions.SubscriptionId);
}

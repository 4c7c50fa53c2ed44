using Krisenstab.Contracts;
using Krisenstab.Contracts.Situation;
using Krisenstab.EventStore.Tests.Conformance;
using Microsoft.Extensions.Time.Testing;

namespace Krisenstab.EventStore.Tests.Serialization;

public sealed class EventSerializerTests
{
    private static readonly EventMetadata Metadata = new() { OccurredAt = new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero), CrisisId = Guid.NewGuid() };

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero));

    [Fact]
    public void An_event_round_trips_under_its_wire_name_in_contract_json()
    {
        var serializer = new EventSerializer(EventTypeMap.Public, _time);
        var opened = new CrisisOpened(Guid.NewGuid(), "Hochwasser", "Landkreis Nord", _time.GetUtcNow());

        var data = serializer.Serialize(opened, Metadata);
        var back = serializer.Deserialize(Recorded(data));

        Assert.Equal("situation.crisis-opened.v1", data.EventType);
        Assert.Contains("\"crisisId\"", data.Data, StringComparison.Ordinal);
        Assert.Equal(opened, back);
        Assert.Same(Metadata, data.Metadata);
    }

    [Fact]
    public void Event_ids_are_time_ordered_uuid_v7_from_the_time_provider_unless_given()
    {
        var serializer = new EventSerializer(EventTypeMap.Public, _time);
        var closed = new CrisisClosed(Guid.NewGuid(), _time.GetUtcNow(), null);
        var given = Guid.NewGuid();

        var first = serializer.Serialize(closed, Metadata).EventId;
        _time.Advance(TimeSpan.FromSeconds(1));
        var second = serializer.Serialize(closed, Metadata).EventId;

        Assert.Equal(7, first.Version);
        Assert.True(first.CompareTo(second) < 0);
        Assert.Equal(_time.GetUtcNow().ToUnixTimeMilliseconds(), UnixMilliseconds(second));
        Assert.Equal(given, serializer.Serialize(closed, Metadata, given).EventId);
    }

    [Fact]
    public void An_unknown_wire_name_is_not_deserialized()
    {
        var serializer = new EventSerializer(EventTypeMap.Public);
        var unknown = Recorded(TestEvents.New());

        Assert.False(serializer.TryDeserialize(unknown, out var @event));
        Assert.Null(@event);
        var error = Assert.Throws<InvalidOperationException>(() => serializer.Deserialize(unknown));
        Assert.Contains(TestEvents.Type, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_type_without_a_wire_name_cannot_be_serialized()
    {
        var serializer = new EventSerializer(EventTypeMap.Public);

        Assert.Throws<InvalidOperationException>(() => serializer.Serialize(new { Anything = 1 }, Metadata));
    }

    private static RecordedEvent Recorded(EventData data) =>
        new(data.EventId, "crisis-1", 0, 1, data.EventType, data.Data, data.Metadata);

    private static long UnixMilliseconds(Guid v7)
    {
        var bytes = v7.ToByteArray(bigEndian: true);
        return bytes[..6].Aggregate(0L, (value, b) => (value << 8) | b);
    }
}

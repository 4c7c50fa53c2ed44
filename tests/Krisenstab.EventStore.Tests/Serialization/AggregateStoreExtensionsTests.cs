using Krisenstab.Contracts;
using Krisenstab.Contracts.Situation;
using Krisenstab.EventStore.Tests.Conformance;

namespace Krisenstab.EventStore.Tests.Serialization;

public sealed class AggregateStoreExtensionsTests : IAsyncLifetime
{
    private readonly SqliteTestDatabase _database = new();
    private readonly EventSerializer _serializer = new(EventTypeMap.Public);
    private readonly EventMetadata _metadata = new() { OccurredAt = new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero) };
    private TestStore _store = null!;

    public Task InitializeAsync()
    {
        _store = _database.Open();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _store.Lifetime.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task A_missing_stream_loads_as_the_initial_state_at_version_minus_one()
    {
        var (state, version) = await _store.Events.LoadAsync(TestEvents.NewStream("crisis"), "none", Apply, _serializer);

        Assert.Equal("none", state);
        Assert.Equal(-1, version);
        Assert.True(ExpectedVersion.After(version).IsNoStream);
    }

    [Fact]
    public async Task Appended_events_fold_into_state_and_the_version_guards_the_next_append()
    {
        var crisis = Guid.NewGuid();
        var stream = StreamName.For("crisis", crisis);
        var now = _metadata.OccurredAt;
        await _store.Events.AppendEventsAsync(stream, ExpectedVersion.NoStream, [new CrisisOpened(crisis, "Hochwasser", "Nord", now)], _metadata, _serializer);
        await _store.Events.AppendEventsAsync(stream, ExpectedVersion.Exactly(0), [new CrisisClosed(crisis, now, "vorbei")], _metadata, _serializer);

        var (state, version) = await _store.Events.LoadAsync(stream, "none", Apply, _serializer);
        var nothing = await _store.Events.AppendEventsAsync(stream, ExpectedVersion.After(version), [], _metadata, _serializer);

        Assert.Equal("closed", state);
        Assert.Equal(1, version);
        Assert.Null(nothing);
        await Assert.ThrowsAsync<WrongExpectedVersionException>(() =>
            _store.Events.AppendEventsAsync(stream, ExpectedVersion.After(0), [new CrisisClosed(crisis, now, null)], _metadata, _serializer));
    }

    private static string Apply(string state, object @event) => @event switch
    {
        CrisisOpened => "open",
        CrisisClosed => "closed",
        _ => state,
    };
}

using Krisenstab.Contracts;
using Krisenstab.Contracts.Situation;
using Krisenstab.EventStore.Tests.Conformance;

namespace Krisenstab.EventStore.Tests.Serialization;

public sealed class AggregateStoreTests : IAsyncLifetime
{
    private readonly SqliteTestDatabase _database = new();
    private readonly EventSerializer _serializer = new(EventTypeMap.Public);
    private readonly EventMetadata _metadata = new() { OccurredAt = new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero) };
    private TestStore _store = null!;
    private AggregateStore<string> _crises = null!;

    public Task InitializeAsync()
    {
        _store = _database.Open();
        _crises = new AggregateStore<string>(_store.Events, _serializer, "crisis", "none", Apply);
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
        var loaded = await _crises.LoadAsync(_crises.StreamOf(Guid.NewGuid()));

        Assert.Equal("none", loaded.State);
        Assert.Equal(-1, loaded.Version);
        Assert.True(loaded.NextExpected.IsNoStream);
    }

    [Fact]
    public async Task Appended_events_fold_into_state_and_the_version_guards_the_next_append()
    {
        var crisis = Guid.NewGuid();
        var stream = _crises.StreamOf(crisis);
        var now = _metadata.OccurredAt;
        await _crises.AppendAsync(stream, ExpectedVersion.NoStream, [new CrisisOpened(crisis, "Hochwasser", "Nord", now)], _metadata);
        await _crises.AppendAsync(stream, ExpectedVersion.Exactly(0), [new CrisisClosed(crisis, now, "vorbei")], _metadata);

        var loaded = await _crises.LoadAsync(stream);
        var nothing = await _crises.AppendAsync(stream, loaded.NextExpected, [], _metadata);

        Assert.Equal("closed", loaded.State);
        Assert.Equal(1, loaded.Version);
        Assert.Null(nothing);
        await Assert.ThrowsAsync<WrongExpectedVersionException>(() =>
            _crises.AppendAsync(stream, ExpectedVersion.After(0), [new CrisisClosed(crisis, now, null)], _metadata));
    }

    private static string Apply(string state, object @event) => @event switch
    {
        CrisisOpened => "open",
        CrisisClosed => "closed",
        _ => state,
    };
}

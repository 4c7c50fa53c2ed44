using System.Text;

namespace Krisenstab.EventStore.Tests.Conformance;

/// <summary>Loading without folding from 0: the id lookup, the snapshot table and the aggregate cache on every engine.</summary>
public abstract partial class EventStoreConformanceTests
{
    private static readonly AggregateStoreOptions NoCacheNoSnapshots = new() { CachedStreams = 0, SnapshotEvery = 0 };

    [Fact]
    public async Task An_event_is_found_by_its_id_and_an_unknown_id_is_not()
    {
        var stream = TestEvents.NewStream();
        var events = TestEvents.Many(3);
        await Events.AppendAsync(stream, ExpectedVersion.NoStream, events);

        var found = await OpenStore().Events.FindEventAsync(events[1].EventId);

        Assert.Equal((stream.Value, 1L, events[1].Data), (found!.Stream, found.StreamVersion, found.Data));
        Assert.Null(await Events.FindEventAsync(Guid.NewGuid()));
    }

    [Fact]
    public async Task A_snapshot_is_replaced_by_a_later_one_only()
    {
        var stream = TestEvents.NewStream();
        var snapshots = (ISnapshotStore)Events;
        await snapshots.StoreSnapshotAsync(new StoredSnapshot(stream, 5, Guid.NewGuid(), "shape", "{\"v\":5}"u8.ToArray()));
        await snapshots.StoreSnapshotAsync(new StoredSnapshot(stream, 3, Guid.NewGuid(), "shape", "{\"v\":3}"u8.ToArray()));
        var afterEarlier = await snapshots.LoadSnapshotAsync(stream);
        var later = new StoredSnapshot(stream, 7, Guid.NewGuid(), "shape", "{\"v\":7,\"ort\":\"Gießen\"}"u8.ToArray());
        await snapshots.StoreSnapshotAsync(later);
        var loaded = await ((ISnapshotStore)OpenStore().Events).LoadSnapshotAsync(stream);

        Assert.Equal(5, afterEarlier!.Version);
        Assert.Equal((later.Version, later.LastEventId, later.Shape), (loaded!.Version, loaded.LastEventId, loaded.Shape));
        Assert.Equal("{\"v\":7,\"ort\":\"Gießen\"}", Encoding.UTF8.GetString(loaded.Data));
        Assert.Null(await snapshots.LoadSnapshotAsync(TestEvents.NewStream()));
    }

    [Fact]
    public async Task A_cached_aggregate_reads_forward_what_another_process_appended()
    {
        var here = Tallies(Events);
        var elsewhere = Tallies(OpenStore().Events);
        var stream = here.StreamOf(Guid.NewGuid());
        await AppendTalliesAsync(here, stream, 1, 2, 3);
        var first = await here.LoadAsync(stream);
        await AppendTalliesAsync(elsewhere, stream, 10, 20);

        var second = await here.LoadAsync(stream);

        Assert.Equal((new Tally(3, 6), 2L), (first.State, first.Version));
        Assert.Equal((new Tally(5, 36), 4L), (second.State, second.Version));
        Assert.Equal(1, here.CachedStreams);
    }

    [Fact]
    public async Task A_cache_entry_that_does_not_match_the_stream_is_dropped_and_the_stream_folded_from_the_start()
    {
        var tallies = Tallies(Events);
        var stream = tallies.StreamOf(Guid.NewGuid());
        await AppendTalliesAsync(tallies, stream, 1, 2, 3);
        tallies.Plant(stream, new FoldedState<Tally>(new Tally(99, 99), 1, Guid.NewGuid(), 1));

        var loaded = await tallies.LoadAsync(stream);

        Assert.Equal((new Tally(3, 6), 2L), (loaded.State, loaded.Version));
    }

    [Fact]
    public async Task A_cold_start_from_the_snapshot_equals_the_full_fold()
    {
        var writer = Tallies(Events, new AggregateStoreOptions { CachedStreams = 0, SnapshotEvery = 10 });
        var stream = writer.StreamOf(Guid.NewGuid());
        await AppendTalliesAsync(writer, stream, [.. Enumerable.Range(1, 25)]);
        await writer.LoadAsync(stream);
        await AppendTalliesAsync(writer, stream, 100, 200);

        var cold = await Tallies(OpenStore().Events, new AggregateStoreOptions { CachedStreams = 0, SnapshotEvery = 10 }).LoadAsync(stream);
        var fullFold = await Tallies(OpenStore().Events, NoCacheNoSnapshots).LoadAsync(stream);

        Assert.Equal(24, (await ((ISnapshotStore)Events).LoadSnapshotAsync(stream))!.Version);
        Assert.Equal((new Tally(27, 625), 26L), (fullFold.State, fullFold.Version));
        Assert.Equal((fullFold.State, fullFold.Version), (cold.State, cold.Version));
    }

    [Fact]
    public async Task An_append_decided_before_a_snapshot_and_settled_after_it_does_not_make_the_next_one_due()
    {
        var tallies = Tallies(Events, new AggregateStoreOptions { SnapshotEvery = 5 });
        var stream = tallies.StreamOf(Guid.NewGuid());
        await AppendTalliesAsync(tallies, stream, 1, 2, 3, 4);
        await tallies.LoadAsync(stream);
        // A command decided on version 3 queues its append (a pipelined turn); a load folds it and stores a snapshot …
        var id = Guid.CreateVersion7();
        var committing = tallies.Expect(stream, new Tally(5, 15), 4, id);
        await tallies.AppendAsync(stream, ExpectedVersion.Exactly(3), [new Tallied(5)], Tally.Metadata, [id]);
        await tallies.LoadAsync(stream);
        var first = await ((ISnapshotStore)Events).LoadSnapshotAsync(stream);
        // … and the append settles only then: one more event must not count as five since the last snapshot.
        committing.Settle(committed: true);
        await AppendTalliesAsync(tallies, stream, 6);
        var loaded = await tallies.LoadAsync(stream);

        Assert.Equal(4, first?.Version);
        Assert.Equal(4, (await ((ISnapshotStore)Events).LoadSnapshotAsync(stream))?.Version);
        Assert.Equal((new Tally(6, 21), 5L), (loaded.State, loaded.Version));
    }

    [Fact]
    public async Task A_long_stream_is_snapshotted_once_an_eighth_of_it_was_folded_since_the_last_snapshot()
    {
        var tallies = Tallies(Events, new AggregateStoreOptions { SnapshotEvery = 10 });
        var stream = tallies.StreamOf(Guid.NewGuid());
        var stored = new List<long>();
        for (var batch = 0; batch < 40; batch++)
        {
            await tallies.AppendAsync(stream, ExpectedVersion.Any, [.. Enumerable.Range(0, 5).Select(n => new Tallied(n))], Tally.Metadata);
            await tallies.LoadAsync(stream);
            if ((await ((ISnapshotStore)Events).LoadSnapshotAsync(stream))?.Version is { } version && !stored.Contains(version))
            {
                stored.Add(version);
            }
        }

        // Loaded every 5 events: a snapshot every 10 while 10 is at least an eighth of the stream (to version 79), then
        // at the first load an eighth of the stream after the last one.
        Assert.Equal([9, 19, 29, 39, 49, 59, 69, 79, 94, 109, 124, 144, 164, 189], stored);
    }

    [Fact]
    public async Task A_cold_start_reads_the_snapshot_instead_of_the_events_before_it()
    {
        var tallies = Tallies(Events, new AggregateStoreOptions { CachedStreams = 0, SnapshotEvery = 10 });
        var stream = tallies.StreamOf(Guid.NewGuid());
        var appended = await AppendTalliesAsync(tallies, stream, 1, 2, 3);
        // A snapshot that differs from the fold shows it was used (and that only the events after it were folded).
        await ((ISnapshotStore)Events).StoreSnapshotAsync(
            new StoredSnapshot(stream, 1, appended[1], SnapshotCodec<Tally>.Shape!, """{"count":50,"sum":500}"""u8.ToArray()));

        var loaded = await tallies.LoadAsync(stream);

        Assert.Equal((new Tally(51, 503), 2L), (loaded.State, loaded.Version));
    }

    [Theory]
    [InlineData("another-shape", """{"count":50,"sum":500}""", true)]
    [InlineData(null, """{"count":"fifty"}""", true)]
    [InlineData(null, """not json""", true)]
    [InlineData(null, """{"count":50,"sum":500}""", false)]
    public async Task A_snapshot_of_another_shape_unreadable_or_not_matching_the_stream_is_ignored(string? shape, string data, bool atTheRightEvent)
    {
        var tallies = Tallies(Events, new AggregateStoreOptions { CachedStreams = 0, SnapshotEvery = 10 });
        var stream = tallies.StreamOf(Guid.NewGuid());
        var appended = await AppendTalliesAsync(tallies, stream, 1, 2, 3);
        await ((ISnapshotStore)Events).StoreSnapshotAsync(new StoredSnapshot(
            stream, 1, atTheRightEvent ? appended[1] : Guid.NewGuid(), shape ?? SnapshotCodec<Tally>.Shape!, Encoding.UTF8.GetBytes(data)));

        var loaded = await tallies.LoadAsync(stream);

        Assert.Equal((new Tally(3, 6), 2L), (loaded.State, loaded.Version));
    }

    [Fact]
    public async Task An_append_after_an_event_the_stream_does_not_end_with_is_a_conflict_and_stores_nothing()
    {
        var stream = TestEvents.NewStream();
        var first = TestEvents.New(1);
        await Events.AppendAsync(stream, ExpectedVersion.NoStream, [first]);

        var wrong = await Assert.ThrowsAsync<WrongExpectedVersionException>(() => OpenStore().Events.AppendAsync(
            [new StreamAppend(stream, ExpectedVersion.Exactly(0), [TestEvents.New(2)]) { AfterEventId = Guid.NewGuid() }]));
        var right = await Events.AppendAsync([new StreamAppend(stream, ExpectedVersion.Exactly(0), [TestEvents.New(3)]) { AfterEventId = first.EventId }]);

        Assert.Contains("another event at version 0", wrong.Message, StringComparison.Ordinal);
        Assert.Equal(1, right[0].NextExpectedVersion);
        Assert.Equal(2, (await Events.ReadStreamAsync(stream)).Count);
    }

    private static AggregateStore<Tally> Tallies(IEventStore store, AggregateStoreOptions? options = null) =>
        new(store, Tally.Serializer, "tally", Tally.Initial, Tally.Apply, store as ISnapshotStore, options);

    /// <summary>Appends one event per number (each its own append); returns their ids.</summary>
    private static async Task<IReadOnlyList<Guid>> AppendTalliesAsync(AggregateStore<Tally> tallies, StreamName stream, params int[] numbers)
    {
        var ids = new List<Guid>();
        foreach (var number in numbers)
        {
            var id = Guid.CreateVersion7();
            await tallies.AppendAsync(stream, ExpectedVersion.Any, [new Tallied(number)], Tally.Metadata, [id]);
            ids.Add(id);
        }
        return ids;
    }
}

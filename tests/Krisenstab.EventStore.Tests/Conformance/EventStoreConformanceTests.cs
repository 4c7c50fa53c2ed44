using Krisenstab.Testing;

namespace Krisenstab.EventStore.Tests.Conformance;

/// <summary>The behaviour every engine must show. Each test gets a database of its own.</summary>
public abstract partial class EventStoreConformanceTests : IAsyncLifetime
{
    private readonly List<TestStore> _opened = [];
    private ITestDatabase? _database;

    protected ITestDatabase Database => _database ?? throw new InvalidOperationException("Not initialised.");

    /// <summary>The store the test talks to by default.</summary>
    protected TestStore Store { get; private set; } = null!;

    protected IEventStore Events => Store.Events;

    protected abstract Task<ITestDatabase> CreateDatabaseAsync();

    public async Task InitializeAsync()
    {
        _database = await CreateDatabaseAsync();
        Store = OpenStore();
    }

    public async Task DisposeAsync()
    {
        foreach (var store in _opened)
        {
            await store.Lifetime.DisposeAsync();
        }
        await Database.DisposeAsync();
    }

    /// <summary>Another store instance on the same database (another replica, or the same service after a restart).</summary>
    protected TestStore OpenStore() => Track(Database.Open());

    /// <summary>Disposes the store when the test ends.</summary>
    protected TestStore Track(TestStore store)
    {
        _opened.Add(store);
        return store;
    }

    [Fact]
    public async Task Appended_events_are_read_back_with_their_envelope()
    {
        var stream = TestEvents.NewStream();
        var events = TestEvents.Many(3);

        var result = await Events.AppendAsync(stream, ExpectedVersion.NoStream, events);
        var read = await Events.ReadStreamAsync(stream);

        Assert.Equal(2, result.NextExpectedVersion);
        Assert.Equal(events.Select(e => e.EventId), read.Select(e => e.EventId));
        Assert.Equal([0L, 1L, 2L], read.Select(e => e.StreamVersion));
        Assert.All(read, e => Assert.Equal(stream.Value, e.Stream));
        Assert.Equal(events.Select(e => e.Data), read.Select(e => e.Data));
        Assert.Equal(events.Select(e => e.Metadata), read.Select(e => e.Metadata));
        Assert.Equal(TestEvents.Type, read[0].EventType);
        Assert.Equal(result.LastGlobalPosition, read[^1].GlobalPosition);
    }

    [Fact]
    public async Task A_write_is_visible_to_the_next_read_of_another_instance()
    {
        var stream = TestEvents.NewStream();
        var other = OpenStore();

        await Events.AppendAsync(stream, ExpectedVersion.NoStream, [TestEvents.New()]);
        var read = await other.Events.ReadStreamAsync(stream);

        Assert.Single(read);
    }

    [Fact]
    public async Task Reading_a_missing_stream_gives_nothing()
    {
        Assert.Empty(await Events.ReadStreamAsync(TestEvents.NewStream()));
    }

    [Fact]
    public async Task Two_appends_with_the_same_expected_version_one_wins_the_other_conflicts()
    {
        var stream = TestEvents.NewStream();
        await Events.AppendAsync(stream, ExpectedVersion.NoStream, [TestEvents.New()]);
        var other = OpenStore();

        var first = CaptureAsync(Events.AppendAsync(stream, ExpectedVersion.Exactly(0), [TestEvents.New(1)]));
        var second = CaptureAsync(other.Events.AppendAsync(stream, ExpectedVersion.Exactly(0), [TestEvents.New(2)]));
        var outcomes = await Task.WhenAll(first, second);

        Assert.Single(outcomes, o => o is AppendResult);
        var conflict = Assert.IsType<WrongExpectedVersionException>(Assert.Single(outcomes, o => o is Exception));
        Assert.Equal(1, conflict.ActualVersion);
        Assert.Equal(2, (await Events.ReadStreamAsync(stream)).Count);
    }

    [Fact]
    public async Task Many_concurrent_appends_to_one_stream_with_the_same_expectation_store_exactly_one()
    {
        var stream = TestEvents.NewStream();

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            CaptureAsync(Events.AppendAsync(stream, ExpectedVersion.NoStream, [TestEvents.New(i)]))));

        Assert.Single(outcomes, o => o is AppendResult);
        Assert.All(outcomes.Where(o => o is not AppendResult), o => Assert.IsType<WrongExpectedVersionException>(o));
        Assert.Single(await Events.ReadStreamAsync(stream));
    }

    [Fact]
    public async Task NoStream_on_an_existing_stream_fails()
    {
        var stream = TestEvents.NewStream();
        await Events.AppendAsync(stream, ExpectedVersion.NoStream, TestEvents.Many(2));

        var conflict = await Assert.ThrowsAsync<WrongExpectedVersionException>(() =>
            Events.AppendAsync(stream, ExpectedVersion.NoStream, [TestEvents.New()]));

        Assert.Equal(1, conflict.ActualVersion);
        Assert.Equal(stream.Value, conflict.Stream);
        Assert.Equal(2, (await Events.ReadStreamAsync(stream)).Count);
    }

    [Fact]
    public async Task Exactly_fails_on_a_missing_stream_and_on_a_stale_version()
    {
        var stream = TestEvents.NewStream();

        var missing = await Assert.ThrowsAsync<WrongExpectedVersionException>(() =>
            Events.AppendAsync(stream, ExpectedVersion.Exactly(0), [TestEvents.New()]));
        await Events.AppendAsync(stream, ExpectedVersion.NoStream, TestEvents.Many(3));
        var stale = await Assert.ThrowsAsync<WrongExpectedVersionException>(() =>
            Events.AppendAsync(stream, ExpectedVersion.Exactly(1), [TestEvents.New()]));

        Assert.Equal(-1, missing.ActualVersion);
        Assert.Equal(2, stale.ActualVersion);
    }

    [Fact]
    public async Task Exactly_the_current_version_appends_after_it()
    {
        var stream = TestEvents.NewStream();
        var first = await Events.AppendAsync(stream, ExpectedVersion.NoStream, TestEvents.Many(2));

        var second = await Events.AppendAsync(stream, ExpectedVersion.After(first.NextExpectedVersion), [TestEvents.New()]);

        Assert.Equal(2, second.NextExpectedVersion);
        Assert.True(second.LastGlobalPosition > first.LastGlobalPosition);
    }

    [Fact]
    public async Task Any_appends_to_a_new_and_to_an_existing_stream()
    {
        var stream = TestEvents.NewStream();

        var created = await Events.AppendAsync(stream, ExpectedVersion.Any, [TestEvents.New()]);
        var extended = await Events.AppendAsync(stream, ExpectedVersion.Any, TestEvents.Many(2));

        Assert.Equal(0, created.NextExpectedVersion);
        Assert.Equal(2, extended.NextExpectedVersion);
        Assert.Equal([0L, 1L, 2L], (await Events.ReadStreamAsync(stream)).Select(e => e.StreamVersion));
    }

    [Fact]
    public async Task A_retried_append_is_stored_once_and_answers_the_original_result()
    {
        var stream = TestEvents.NewStream();
        var events = TestEvents.Many(2);
        var original = await Events.AppendAsync(stream, ExpectedVersion.NoStream, events);
        await Events.AppendAsync(stream, ExpectedVersion.Exactly(1), [TestEvents.New()]);

        var retried = await Events.AppendAsync(stream, ExpectedVersion.NoStream, events);
        var retriedWithAny = await OpenStore().Events.AppendAsync(stream, ExpectedVersion.Any, events);

        Assert.Equal(original, retried);
        Assert.Equal(original, retriedWithAny);
        Assert.Equal(3, (await Events.ReadStreamAsync(stream)).Count);
    }

    [Fact]
    public async Task Concurrent_retries_of_one_append_store_it_once()
    {
        var stream = TestEvents.NewStream();
        var events = TestEvents.Many(2);

        var results = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Events.AppendAsync(stream, ExpectedVersion.NoStream, events)));

        Assert.Single(results.Distinct());
        Assert.Equal(2, (await Events.ReadStreamAsync(stream)).Count);
    }

    [Fact]
    public async Task Event_ids_stored_elsewhere_are_a_conflict_not_a_retry()
    {
        var stream = TestEvents.NewStream();
        var events = TestEvents.Many(2);
        await Events.AppendAsync(stream, ExpectedVersion.NoStream, events);
        var otherStream = TestEvents.NewStream();

        await Assert.ThrowsAsync<WrongExpectedVersionException>(() =>
            Events.AppendAsync(otherStream, ExpectedVersion.NoStream, events));
        await Assert.ThrowsAsync<WrongExpectedVersionException>(() =>
            Events.AppendAsync(stream, ExpectedVersion.Exactly(1), [events[0], TestEvents.New()]));
        await Assert.ThrowsAsync<WrongExpectedVersionException>(() =>
            Events.AppendAsync(stream, ExpectedVersion.Exactly(5), events));

        Assert.Empty(await Events.ReadStreamAsync(otherStream));
        Assert.Equal(2, (await Events.ReadStreamAsync(stream)).Count);
    }

    [Fact]
    public async Task An_empty_append_or_repeated_ids_are_refused()
    {
        var again = TestEvents.New();

        await Assert.ThrowsAsync<ArgumentException>(() => Events.AppendAsync(TestEvents.NewStream(), ExpectedVersion.Any, []));
        await Assert.ThrowsAsync<ArgumentException>(() => Events.AppendAsync(TestEvents.NewStream(), ExpectedVersion.Any, [again, again]));
    }

    [Fact]
    public async Task An_event_whose_data_is_not_json_is_refused_without_harming_the_appends_committed_with_it()
    {
        var broken = TestEvents.New() with { Data = "{not json" };
        var stream = TestEvents.NewStream();
        var neighbour = TestEvents.NewStream();

        var refused = Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => Events.AppendAsync(stream, ExpectedVersion.NoStream, [TestEvents.New(), broken]));
        var accepted = Events.AppendAsync(neighbour, ExpectedVersion.NoStream, [TestEvents.New()]);
        await Task.WhenAll(refused, accepted);

        Assert.Empty(await Events.ReadStreamAsync(stream));
        Assert.Single(await Events.ReadStreamAsync(neighbour));
    }

    [Fact]
    public async Task ReadStream_starts_at_the_given_version()
    {
        var stream = TestEvents.NewStream();
        var events = TestEvents.Many(5);
        await Events.AppendAsync(stream, ExpectedVersion.NoStream, events);

        var tail = await Events.ReadStreamAsync(stream, fromVersion: 3);

        Assert.Equal(events[3..].Select(e => e.EventId), tail.Select(e => e.EventId));
        Assert.Equal([3L, 4L], tail.Select(e => e.StreamVersion));
    }

    [Fact]
    public async Task ReadAll_pages_through_every_stream_in_strictly_increasing_global_order()
    {
        var a = TestEvents.NewStream();
        var b = TestEvents.NewStream();
        var appended = new List<Guid>();
        foreach (var (stream, expected) in new[] { (a, ExpectedVersion.NoStream), (b, ExpectedVersion.NoStream), (a, ExpectedVersion.Exactly(1)) })
        {
            var events = TestEvents.Many(2);
            await Events.AppendAsync(stream, expected, events);
            appended.AddRange(events.Select(e => e.EventId));
        }

        var all = await ReadAllAsync(Events, pageSize: 4);
        var firstPage = await Events.ReadAllAsync(0, 4);

        Assert.Equal(appended, all.Select(e => e.EventId));
        AssertStrictlyIncreasing(all.Select(e => e.GlobalPosition));
        Assert.Equal(4, firstPage.Count);
        Assert.Empty(await Events.ReadAllAsync(all[^1].GlobalPosition, 10));
    }

    [Fact]
    public async Task Fifty_concurrent_appends_to_fifty_streams_are_all_stored_with_unique_increasing_positions()
    {
        var streams = Enumerable.Range(0, 50).Select(_ => TestEvents.NewStream()).ToList();
        var writers = Enumerable.Range(0, 3).Select(_ => OpenStore().Events).Append(Events).ToList();

        var results = await Task.WhenAll(streams.Select((stream, i) =>
            writers[i % writers.Count].AppendAsync(stream, ExpectedVersion.NoStream, TestEvents.Many(1 + (i % 3)))));
        var all = await ReadAllAsync(Events, pageSize: 17);

        Assert.Equal(streams.Select((_, i) => 1 + (i % 3)).Sum(), all.Count);
        AssertStrictlyIncreasing(all.Select(e => e.GlobalPosition));
        Assert.Equal(results.Length, results.Select(r => r.LastGlobalPosition).Distinct().Count());
        foreach (var (stream, i) in streams.Select((s, i) => (s, i)))
        {
            var read = all.Where(e => e.Stream == stream.Value).ToList();
            Assert.Equal(Enumerable.Range(0, 1 + (i % 3)).Select(v => (long)v), read.Select(e => e.StreamVersion));
            Assert.Equal(results[i].LastGlobalPosition, read[^1].GlobalPosition);
        }
    }

    [Fact]
    public async Task A_conflict_in_a_busy_moment_rolls_back_only_that_append()
    {
        var contested = TestEvents.NewStream();
        var free = Enumerable.Range(0, 30).Select(_ => TestEvents.NewStream()).ToList();

        var contestedAppends = Enumerable.Range(0, 10).Select(i =>
            CaptureAsync(Events.AppendAsync(contested, ExpectedVersion.NoStream, TestEvents.Many(2))));
        var freeAppends = free.Select(s => CaptureAsync(Events.AppendAsync(s, ExpectedVersion.NoStream, [TestEvents.New()])));
        var outcomes = await Task.WhenAll(contestedAppends.Concat(freeAppends));

        Assert.Equal(1 + free.Count, outcomes.Count(o => o is AppendResult));
        Assert.Equal(2, (await Events.ReadStreamAsync(contested)).Count);
        foreach (var stream in free)
        {
            Assert.Single(await Events.ReadStreamAsync(stream));
        }
    }

    [Fact]
    public async Task WaitForAppend_is_woken_by_a_live_append()
    {
        var waiting = Events.WaitForAppendAsync(TimeSpan.FromMinutes(5));
        await Task.Yield();

        await OpenStore().Events.AppendAsync(TestEvents.NewStream(), ExpectedVersion.NoStream, [TestEvents.New()]);

        await Eventually.TrueAsync(() => waiting.IsCompletedSuccessfully, "the waiter to be woken by the append");
    }

    [Fact]
    public async Task WaitForAppend_returns_after_its_timeout_when_nothing_happens()
    {
        var waiting = Events.WaitForAppendAsync(TimeSpan.FromMilliseconds(50));

        await Eventually.TrueAsync(() => waiting.IsCompletedSuccessfully, "the wait to time out");
        Assert.Empty(await Events.ReadAllAsync(0, 1));
    }

    [Fact]
    public async Task Checkpoints_round_trip_per_subscription()
    {
        var checkpoints = Store.Checkpoints;

        var before = await checkpoints.LoadAsync("projector");
        await checkpoints.StoreAsync("projector", 5);
        await checkpoints.StoreAsync("publisher", 2);
        await checkpoints.StoreAsync("projector", 7);

        Assert.Null(before);
        Assert.Equal(7, await checkpoints.LoadAsync("projector"));
        Assert.Equal(2, await OpenStore().Checkpoints.LoadAsync("publisher"));
    }

    [Fact]
    public async Task The_inbox_remembers_handled_messages_per_consumer()
    {
        var message = Guid.CreateVersion7();
        var inbox = Store.Inbox;

        var before = await inbox.HasProcessedAsync("occupancy", message);
        await inbox.MarkProcessedAsync("occupancy", message);
        await inbox.MarkProcessedAsync("occupancy", message);

        Assert.False(before);
        Assert.True(await inbox.HasProcessedAsync("occupancy", message));
        Assert.True(await OpenStore().Inbox.HasProcessedAsync("occupancy", message));
        Assert.False(await inbox.HasProcessedAsync("journal", message));
        Assert.False(await inbox.HasProcessedAsync("occupancy", Guid.CreateVersion7()));
    }

    [Fact]
    public async Task Inbox_marks_made_amid_concurrent_appends_are_all_stored_and_do_not_disturb_them()
    {
        var messages = Enumerable.Range(0, 40).Select(_ => Guid.CreateVersion7()).ToList();
        var stream = TestEvents.NewStream();
        var inbox = Store.Inbox;

        // Marks and appends queue together, so they land in shared batches of the group commit.
        var marks = messages.Select(m => inbox.MarkProcessedAsync("journal", m));
        var appends = Enumerable.Range(0, 40).Select(i => Events.AppendAsync(stream, ExpectedVersion.Any, TestEvents.Many(1)));
        await Task.WhenAll(marks.Concat(appends));

        var reopened = OpenStore().Inbox;
        foreach (var message in messages)
        {
            Assert.True(await reopened.HasProcessedAsync("journal", message));
        }
        Assert.Equal(40, (await Events.ReadStreamAsync(stream)).Count);
    }

    [Fact]
    public async Task Events_survive_closing_and_reopening_the_store()
    {
        var stream = TestEvents.NewStream();
        var first = OpenStore();
        await first.Events.AppendAsync(stream, ExpectedVersion.NoStream, TestEvents.Many(2));
        await first.Lifetime.DisposeAsync();

        var read = await OpenStore().Events.ReadStreamAsync(stream);

        Assert.Equal(2, read.Count);
    }

    protected static async Task<List<RecordedEvent>> ReadAllAsync(IEventStore store, int pageSize)
    {
        var all = new List<RecordedEvent>();
        while (true)
        {
            var page = await store.ReadAllAsync(all.Count == 0 ? 0 : all[^1].GlobalPosition, pageSize);
            if (page.Count == 0)
            {
                return all;
            }
            all.AddRange(page);
        }
    }

    protected static void AssertStrictlyIncreasing(IEnumerable<long> positions)
    {
        var list = positions.ToList();
        Assert.All(list.Zip(list.Skip(1)), pair => Assert.True(pair.First < pair.Second, $"{pair.First} is not before {pair.Second}"));
    }

    protected static async Task<object> CaptureAsync(Task<AppendResult> append)
    {
        try
        {
            return await append;
        }
        catch (Exception exception)
        {
            return exception;
        }
    }
}

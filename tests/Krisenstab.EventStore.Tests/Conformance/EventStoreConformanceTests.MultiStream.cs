namespace Krisenstab.EventStore.Tests.Conformance;

/// <summary>Appending to several streams in one transaction: all or nothing, one winner on a shared stream, retries answered.</summary>
public abstract partial class EventStoreConformanceTests
{
    [Fact]
    public async Task A_multi_stream_append_stores_every_stream_in_the_order_given()
    {
        var (first, second) = (TestEvents.NewStream(), TestEvents.NewStream());
        await Events.AppendAsync(second, ExpectedVersion.NoStream, [TestEvents.New()]);

        var results = await Events.AppendAsync([
            new StreamAppend(first, ExpectedVersion.NoStream, TestEvents.Many(2)),
            new StreamAppend(second, ExpectedVersion.Exactly(0), [TestEvents.New(7)]),
        ]);

        Assert.Equal([1L, 1L], results.Select(r => r.NextExpectedVersion));
        Assert.True(results[0].LastGlobalPosition < results[1].LastGlobalPosition);
        var all = await Events.ReadAllAsync(0, 100);
        Assert.Equal([first.Value, first.Value, second.Value], all.Skip(1).Select(e => e.Stream));
        Assert.True(all.Zip(all.Skip(1)).All(pair => pair.First.GlobalPosition < pair.Second.GlobalPosition));
        Assert.Equal(results[1].LastGlobalPosition, all[^1].GlobalPosition);
    }

    [Fact]
    public async Task A_multi_stream_append_with_one_stale_expected_version_stores_nothing_and_names_that_stream()
    {
        var (fresh, stale) = (TestEvents.NewStream(), TestEvents.NewStream());
        await Events.AppendAsync(stale, ExpectedVersion.NoStream, TestEvents.Many(2));

        var conflict = await Assert.ThrowsAsync<WrongExpectedVersionException>(() => Events.AppendAsync([
            new StreamAppend(fresh, ExpectedVersion.NoStream, [TestEvents.New()]),
            new StreamAppend(stale, ExpectedVersion.Exactly(0), [TestEvents.New()]),
        ]));

        Assert.Equal((stale.Value, 1L), (conflict.Stream, conflict.ActualVersion));
        Assert.Empty(await Events.ReadStreamAsync(fresh));
        Assert.Equal(2, (await Events.ReadStreamAsync(stale)).Count);
    }

    [Fact]
    public async Task Concurrent_multi_stream_appends_racing_on_a_shared_stream_let_exactly_one_win()
    {
        const int racers = 12;
        var shared = TestEvents.NewStream();
        var other = OpenStore();
        var own = Enumerable.Range(0, racers).Select(_ => TestEvents.NewStream()).ToList();

        var outcomes = await Task.WhenAll(own.Select(async (stream, i) =>
        {
            var store = i % 2 == 0 ? Events : other.Events;
            try
            {
                await store.AppendAsync([
                    new StreamAppend(stream, ExpectedVersion.NoStream, [TestEvents.New(i)]),
                    new StreamAppend(shared, ExpectedVersion.NoStream, [TestEvents.New(i)]),
                ]);
                return true;
            }
            catch (WrongExpectedVersionException)
            {
                return false;
            }
        }));

        var winner = Assert.Single(Enumerable.Range(0, racers), i => outcomes[i]);
        Assert.Single(await Events.ReadStreamAsync(shared));
        for (var i = 0; i < racers; i++)
        {
            Assert.Equal(i == winner ? 1 : 0, (await Events.ReadStreamAsync(own[i])).Count);
        }
    }

    [Fact]
    public async Task Retrying_a_multi_stream_append_returns_the_original_results_and_stores_nothing_again()
    {
        var (first, second) = (TestEvents.NewStream(), TestEvents.NewStream());
        StreamAppend[] appends = [
            new StreamAppend(first, ExpectedVersion.NoStream, TestEvents.Many(2)),
            new StreamAppend(second, ExpectedVersion.NoStream, [TestEvents.New()]),
        ];
        var original = await Events.AppendAsync(appends);

        var retried = await OpenStore().Events.AppendAsync(appends);

        Assert.Equal(original, retried);
        Assert.Equal((2, 1), ((await Events.ReadStreamAsync(first)).Count, (await Events.ReadStreamAsync(second)).Count));
    }

    [Fact]
    public async Task A_multi_stream_append_reusing_some_stored_ids_with_new_events_is_a_conflict_that_stores_nothing()
    {
        var (first, second) = (TestEvents.NewStream(), TestEvents.NewStream());
        var stored = TestEvents.New();
        await Events.AppendAsync(first, ExpectedVersion.NoStream, [stored]);

        await Assert.ThrowsAsync<WrongExpectedVersionException>(() => Events.AppendAsync([
            new StreamAppend(first, ExpectedVersion.NoStream, [stored]),
            new StreamAppend(second, ExpectedVersion.NoStream, [TestEvents.New()]),
        ]));

        Assert.Single(await Events.ReadStreamAsync(first));
        Assert.Empty(await Events.ReadStreamAsync(second));
    }

    [Fact]
    public async Task A_multi_stream_append_naming_a_stream_twice_is_refused()
    {
        var stream = TestEvents.NewStream();

        await Assert.ThrowsAsync<ArgumentException>(() => Events.AppendAsync([
            new StreamAppend(stream, ExpectedVersion.NoStream, [TestEvents.New()]),
            new StreamAppend(stream, ExpectedVersion.Exactly(0), [TestEvents.New()]),
        ]));

        Assert.Empty(await Events.ReadStreamAsync(stream));
    }
}

using Krisenstab.Testing;

namespace Krisenstab.EventStore.Tests.Conformance;

public abstract partial class EventStoreConformanceTests
{
    /// <summary>Long enough that only a wake-up, never the polling fallback, can make a test pass in time.</summary>
    private static readonly EventSubscriptionOptions WakeUpOnly = new() { PollInterval = TimeSpan.FromMinutes(10), BatchSize = 2 };

    [Fact]
    public async Task A_subscription_catches_up_then_is_woken_by_live_appends_from_another_instance()
    {
        var stream = TestEvents.NewStream();
        var before = TestEvents.Many(3);
        await Events.AppendAsync(stream, ExpectedVersion.NoStream, before);
        await using var subscription = new RunningSubscription(Store, "catch-up", WakeUpOnly);
        await Eventually.TrueAsync(() => subscription.Handled.Count == 3, "the catch-up");

        var live = TestEvents.Many(2);
        await OpenStore().Events.AppendAsync(stream, ExpectedVersion.Exactly(2), live);

        await Eventually.TrueAsync(() => subscription.Handled.Count == 5, "the live events");
        Assert.Equal(before.Concat(live).Select(e => e.EventId), subscription.Handled.Select(e => e.EventId));
        await Eventually.TrueAsync(async () => await Store.Checkpoints.LoadAsync("catch-up") == subscription.Handled[^1].GlobalPosition, "the checkpoint");
    }

    [Fact]
    public async Task A_subscription_restarted_from_its_checkpoint_neither_misses_nor_repeats()
    {
        var appended = new List<Guid>();
        async Task AppendAsync(IEventStore store, int count)
        {
            var events = TestEvents.Many(count);
            await store.AppendAsync(TestEvents.NewStream(), ExpectedVersion.NoStream, events);
            appended.AddRange(events.Select(e => e.EventId));
        }
        await AppendAsync(Events, 5);
        var first = new RunningSubscription(Store, "restartable", WakeUpOnly);
        await Eventually.TrueAsync(() => first.Handled.Count == 5, "the first run to handle what was there");
        await AppendAsync(Events, 3);
        await Eventually.TrueAsync(() => first.Handled.Count == 8, "the first run to follow live");
        await first.DisposeAsync();

        await AppendAsync(Events, 4);
        var restarted = OpenStore();
        await using var second = new RunningSubscription(restarted, "restartable", WakeUpOnly);
        await Eventually.TrueAsync(() => second.Handled.Count == 4, "the second run to catch up");
        await AppendAsync(OpenStore().Events, 2);
        await Eventually.TrueAsync(() => second.Handled.Count == 6, "the second run to follow live");

        var handled = first.Handled.Concat(second.Handled).Select(e => e.EventId).ToList();
        Assert.Equal(appended, handled);
        AssertStrictlyIncreasing(first.Handled.Concat(second.Handled).Select(e => e.GlobalPosition));
    }

    [Fact]
    public async Task A_failing_handler_gets_the_same_batch_again_and_the_checkpoint_waits_for_success()
    {
        var events = TestEvents.Many(2);
        await Events.AppendAsync(TestEvents.NewStream(), ExpectedVersion.NoStream, events);
        var attempts = new List<IReadOnlyList<RecordedEvent>>();
        var healed = false;
        var options = new EventSubscriptionOptions { PollInterval = TimeSpan.FromMinutes(10), InitialRetryDelay = TimeSpan.FromMilliseconds(10) };
        await using var subscription = new RunningSubscription(Store, "flaky", options, batch =>
        {
            lock (attempts)
            {
                attempts.Add(batch);
            }
            return Volatile.Read(ref healed) ? Task.CompletedTask : throw new InvalidOperationException("projection database is down");
        });

        await Eventually.TrueAsync(() => { lock (attempts) { return attempts.Count >= 3; } }, "three attempts");
        var checkpointWhileFailing = await Store.Checkpoints.LoadAsync("flaky");
        Volatile.Write(ref healed, true);
        await Eventually.TrueAsync(() => subscription.Handled.Count == 2, "the batch to succeed");

        Assert.Null(checkpointWhileFailing);
        Assert.Empty(subscription.Handled.Skip(2));
        lock (attempts)
        {
            Assert.All(attempts, batch => Assert.Equal(events.Select(e => e.EventId), batch.Select(e => e.EventId)));
        }
        await Eventually.TrueAsync(async () => await Store.Checkpoints.LoadAsync("flaky") == subscription.Handled[^1].GlobalPosition, "the checkpoint after success");
    }
}

using Krisenstab.Contracts;
using Krisenstab.EventStore.Appending;

namespace Krisenstab.EventStore.Tests.Sqlite;

/// <summary>The tail answers only reads it can answer whole; anything written past it sends the read to the database.</summary>
public class CommittedTailTests
{
    [Fact]
    public void After_batches_that_follow_each_other_it_answers_from_any_position_it_holds()
    {
        var tail = new CommittedTail(capacity: 100);
        tail.Add(before: 10, [At(11), At(12)]);
        tail.Add(before: 12, [At(14), At(13)]);

        Assert.Equal([11L, 12, 13, 14], Positions(tail.TryRead(10, 10)));
        Assert.Equal([13L], Positions(tail.TryRead(12, 1)));
        Assert.Null(tail.TryRead(9, 10));
        Assert.Null(tail.TryRead(14, 10));
    }

    [Fact]
    public void A_batch_after_writes_it_did_not_see_starts_it_afresh()
    {
        var tail = new CommittedTail(capacity: 100);
        tail.Add(before: 0, [At(1), At(2)]);
        tail.Add(before: 3, [At(4)]);

        Assert.Null(tail.TryRead(0, 10));
        Assert.Null(tail.TryRead(2, 10));
        Assert.Equal([4L], Positions(tail.TryRead(3, 10)));
    }

    [Fact]
    public void It_keeps_the_newest_events_up_to_its_capacity()
    {
        var tail = new CommittedTail(capacity: 3);
        tail.Add(before: 0, [At(1), At(2), At(3), At(4), At(5)]);

        Assert.Null(tail.TryRead(1, 10));
        Assert.Equal([3L, 4, 5], Positions(tail.TryRead(2, 10)));
    }

    [Fact]
    public void Cleared_it_answers_nothing_until_the_next_batch()
    {
        var tail = new CommittedTail(capacity: 10);
        tail.Add(before: 0, [At(1), At(2)]);
        tail.Clear();

        Assert.Null(tail.TryRead(0, 10));
        tail.Add(before: 2, [At(3)]);
        Assert.Equal([3L], Positions(tail.TryRead(2, 10)));
    }

    private static RecordedEvent At(long position) =>
        new(Guid.NewGuid(), "thing-1", position, position, "ThingHappened", "{}", new EventMetadata { OccurredAt = DateTimeOffset.UnixEpoch });

    private static long[] Positions(IReadOnlyList<RecordedEvent>? events)
    {
        Assert.NotNull(events);
        return [.. events.Select(e => e.GlobalPosition)];
    }
}

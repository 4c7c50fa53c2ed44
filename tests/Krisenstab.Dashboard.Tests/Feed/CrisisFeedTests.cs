using Krisenstab.Contracts.Accommodation;
using Krisenstab.Contracts.Situation;
using Krisenstab.Dashboard.Feed;
using Krisenstab.Dashboard.Journal;

namespace Krisenstab.Dashboard.Tests.Feed;

public class CrisisFeedTests
{
    private static readonly DateTimeOffset Morning = new(2025, 3, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly Guid Crisis = Guid.CreateVersion7();
    private static readonly Guid Gym = Guid.CreateVersion7();

    [Fact]
    public void The_feed_merges_the_crisis_journal_and_the_accommodation_journal_newest_first_without_the_copies()
    {
        var opened = Entry(new CrisisOpened(Crisis, "Ankunft Ost", "Landkreis Nord", Morning), Morning);
        var registered = Entry(Registered(), Morning.AddMinutes(1));
        var placed = Entry(Placed(), Morning.AddMinutes(2));
        var placedCopy = placed with { EventId = Guid.CreateVersion7() };
        var escalated = Entry(new CrisisEscalated(Crisis, 1, 2, null, Morning.AddMinutes(3)), Morning.AddMinutes(3));

        var feed = CrisisFeed.Of([opened, placedCopy, escalated], [registered, placed], limit: 50);

        Assert.Equal([escalated.EventId, placed.EventId, registered.EventId, opened.EventId], feed.Select(l => l.Id));
        Assert.Equal("Turnhalle Nord: Haushalt (4 Personen) untergebracht, 36 Plätze frei", feed[1].De);
        Assert.Equal(("accommodation.household-placed.v1", Morning.AddMinutes(2)), (feed[1].EventType, feed[1].OccurredAt));
    }

    [Fact]
    public void The_feed_keeps_only_the_newest_lines_up_to_the_limit()
    {
        var accommodation = Enumerable.Range(0, 10).Select(i => Entry(Placed(), Morning.AddMinutes(i))).ToList();

        var feed = CrisisFeed.Of([], accommodation, limit: 3);

        Assert.Equal(accommodation.AsEnumerable().Reverse().Take(3).Select(e => e.EventId), feed.Select(l => l.Id));
    }

    [Fact]
    public void The_live_feeds_keep_at_most_the_largest_request_per_journal()
    {
        var feeds = new LiveFeeds();
        for (var i = 0; i < CrisisFeed.MaxLines + 20; i++)
        {
            feeds.AddAccommodation(FeedLine.Of(Entry(Placed(), Morning.AddSeconds(i))));
        }
        feeds.AddSituation(Crisis, FeedLine.Of(Entry(new CrisisOpened(Crisis, "Ankunft Ost", "Landkreis Nord", Morning), Morning.AddDays(1))));

        var feed = feeds.Of(Crisis, CrisisFeed.MaxLines + 100);

        Assert.Equal(CrisisFeed.MaxLines + 1, feed.Count);
        Assert.Equal("situation.crisis-opened.v1", feed[0].EventType);
        Assert.Equal(Morning.AddSeconds(CrisisFeed.MaxLines + 19), feed[1].OccurredAt);
        Assert.Equal(Morning.AddSeconds(20), feed[^1].OccurredAt);
    }

    private static FacilityRegistered Registered() =>
        new(Gym, "Turnhalle Nord", FacilityKind.EmergencyShelter, "Bramsche", "Am Markt 1", FacilityOperator.Municipal, 40, [], Morning, Occupancy(0));

    private static HouseholdPlaced Placed() => new(Gym, "AZ-1", 4, [], [], null, 0, null, Occupancy(4));

    private static FacilityOccupancy Occupancy(int occupied) => new("Turnhalle Nord", "Bramsche", 40, occupied, 0, 0, Closed: false);

    private static JournalEntry Entry(object @event, DateTimeOffset at) => JournalEntries.Of(@event, at, Crisis);
}

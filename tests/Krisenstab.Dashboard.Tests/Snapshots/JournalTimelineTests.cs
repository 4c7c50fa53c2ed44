using System.Text.Json;
using Krisenstab.Contracts.Situation;
using Krisenstab.Dashboard.Feed;
using Krisenstab.Dashboard.Journal;
using Krisenstab.Dashboard.Pictures;
using Krisenstab.Dashboard.Snapshots;
using Krisenstab.Dashboard.Tests.Support;
using Krisenstab.Testing;

namespace Krisenstab.Dashboard.Tests.Snapshots;

public class JournalTimelineTests
{
    private static readonly DateTimeOffset Start = new(2025, 3, 1, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void As_of_any_moment_the_snapshots_give_what_folding_the_whole_journal_gives_even_out_of_order()
    {
        var crisisId = Guid.CreateVersion7();
        var random = new Random(12);
        // Journal order is arrival order: times mostly rising, some entries late by up to 40 minutes, some at equal times.
        var entries = new List<JournalEntry> { JournalEntries.Of(new CrisisOpened(crisisId, "Zeitreise", "Landkreis Nord", Start), Start, crisisId) };
        for (var i = 1; i < 200; i++)
        {
            var at = Start.AddMinutes(i - (random.Next(5) == 0 ? random.Next(40) : 0) - (i % 7 == 0 ? 1 : 0));
            entries.Add(JournalEntries.Of(new CrisisEscalated(crisisId, 1, 1 + random.Next(4), $"Lage {i}", at), at, crisisId));
        }
        var timeline = new JournalTimeline<SituationPicture>(
            SituationPicture.Empty(crisisId), SituationPicture.Apply, RankedLine.Situation, CrisisFeed.IsSituationEntry, every: 16);
        // Global positions with gaps, as other streams' events lie between a journal's entries in the store.
        var positions = entries.Select((_, i) => 10L + (3L * i)).ToList();
        for (var i = 0; i < entries.Count; i++)
        {
            timeline.Add(entries[i], positions[i]);
        }

        for (var minute = -1; minute <= 205; minute++)
        {
            var asOf = Start.AddMinutes(minute).AddSeconds(minute % 3 == 0 ? 0 : 30);
            var (from, until) = timeline.Plan(asOf);
            var read = entries.Where((_, i) => positions[i] > from.Position && (until is null || positions[i] <= until)).ToList();
            var then = timeline.Complete(from, read, asOf);

            var expected = entries.Where(e => e.Metadata.OccurredAt <= asOf).ToList();
            Assert.Equal(Json(SituationPicture.Fold(crisisId, expected)), Json(then.State));
            Assert.Equal(CrisisFeed.Of(expected, [], CrisisFeed.PictureLines), [.. then.Newest.Select(l => l.Line)]);
            Assert.True(read.Count <= 16 * 4, $"as of {asOf:HH:mm:ss} read {read.Count} entries");
        }
    }

    private static string Json(SituationPicture picture) => JsonSerializer.Serialize(picture, GatewayApp.Json);
}

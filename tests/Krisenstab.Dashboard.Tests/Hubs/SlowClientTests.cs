using System.Text.Json;
using Krisenstab.Contracts;
using Krisenstab.Contracts.Situation;
using Krisenstab.Dashboard.Hubs;
using Krisenstab.Dashboard.Journal;
using Krisenstab.Dashboard.Pictures;
using Krisenstab.ServiceDefaults;
using Krisenstab.Testing;
using Xunit.Abstractions;

namespace Krisenstab.Dashboard.Tests.Hubs;

public class SlowClientTests(ITestOutputHelper output)
{
    private const int Changes = 300;

    [Fact]
    public async Task A_client_that_stops_reading_holds_back_no_fold_gets_at_most_one_state_queued_and_ends_on_the_latest()
    {
        await using var app = KestrelGatewayApp.Start();
        var journal = app.Service<DashboardJournal>();
        var pictures = app.Service<SituationPictures>();
        var pusher = app.Service<LatestStatePusher>();
        var crisisId = Guid.CreateVersion7();
        await RecordAsync(journal, crisisId, new CrisisOpened(crisisId, "Ankunft Ost", "Landkreis Nord", DateTimeOffset.UtcNow));
        await Eventually.TrueAsync(() => Task.FromResult(pictures.Find(crisisId) is not null), "the crisis picture");
        await using var slow = await UnreadHubClient.ConnectAsync(new Uri(app.Address, HubConnections.SituationHubPath), await app.TokenForAsync(Roles.Staff));
        await slow.InvokeAsync(nameof(SituationHub.JoinCrisis), crisisId);
        await Eventually.TrueAsync(() => Task.FromResult(app.Service<HubAudience>().Following(crisisId).Any()), "the client following the crisis");

        // A long reason makes each picture large (it is in every feed line, twice), so the socket's buffers fill soon.
        var reason = new string('x', 6000);
        var mostWaiting = 0;
        for (var i = 0; i < Changes; i++)
        {
            await RecordAsync(journal, crisisId, new CrisisEscalated(crisisId, 1, 2, reason, DateTimeOffset.UtcNow));
            mostWaiting = Math.Max(mostWaiting, pusher.Waiting);
        }
        var latest = await Eventually.ReturnsAsync(
            () => Task.FromResult(pictures.Find(crisisId)!.Version), v => v == Changes + 1, "every change folded while the client reads nothing");

        var versions = await ReadPicturesUntilAsync(slow, latest);
        output.WriteLine($"{versions.Count} pushes reached the client for {Changes} changes; at most {mostWaiting} waited");
        Assert.True(mostWaiting <= 1, $"at most one state waits for the client's one slot, saw {mostWaiting}");
        Assert.True(versions.Count < Changes, $"the client was caught up by the latest state, not sent every one: {versions.Count} pushes");
        Assert.Equal(versions.Order(), versions);
        Assert.Equal(0, pusher.Waiting);
    }

    /// <summary>The versions of the pictures pushed, read until the latest arrives (or the deadline passes).</summary>
    private static async Task<List<long>> ReadPicturesUntilAsync(UnreadHubClient client, long latest)
    {
        var versions = new List<long>();
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (versions.LastOrDefault() != latest)
        {
            var message = await client.ReadMessageAsync().WaitAsync(deadline.Token) ?? throw new InvalidOperationException("the server closed the connection");
            if (message.GetProperty("type").GetInt32() == 1 && message.GetProperty("target").GetString() == SituationHubClient.PictureChanged)
            {
                versions.Add(message.GetProperty("arguments")[0].GetProperty("version").GetInt64());
            }
        }
        return versions;
    }

    private static Task RecordAsync(DashboardJournal journal, Guid crisisId, object @event) =>
        journal.RecordAsync(
            JournalStreams.Crisis(crisisId), Guid.CreateVersion7(), @event, new EventMetadata { OccurredAt = DateTimeOffset.UtcNow, CrisisId = crisisId }, CancellationToken.None);
}

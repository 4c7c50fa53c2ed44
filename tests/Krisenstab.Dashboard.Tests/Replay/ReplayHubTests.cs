using System.Collections.Concurrent;
using Krisenstab.Dashboard.Hubs;
using Krisenstab.Dashboard.Pictures;
using Krisenstab.Dashboard.Replay;
using Krisenstab.ServiceDefaults;
using Krisenstab.Testing;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.Time.Testing;

namespace Krisenstab.Dashboard.Tests.Replay;

public class ReplayHubTests
{
    [Theory]
    [MemberData(nameof(EngineApp.Engines), MemberType = typeof(EngineApp))]
    public async Task A_replay_plays_to_its_viewers_only_while_the_live_followers_see_the_live_picture(string engine)
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var engineApp = await EngineApp.StartAsync(engine, time: clock);
        var app = engineApp.App;
        var (head, analyst, crisis, t0) = await app.PastCrisisSceneAsync(clock);
        await using var live = await app.ConnectHubAsync(Roles.Head);
        await using var viewer = await app.ConnectHubAsync(Roles.Analyst);
        await using var otherViewer = await app.ConnectHubAsync(Roles.Analyst);
        var (liveFrames, livePictures, viewerFrames, viewerPictures, otherFrames) =
            (new ConcurrentQueue<ReplayFrame>(), new ConcurrentQueue<SituationPicture>(), new ConcurrentQueue<ReplayFrame>(), new ConcurrentQueue<SituationPicture>(), new ConcurrentQueue<ReplayFrame>());
        live.On<ReplayFrame>(ReplayNotifier.ReplayFrameMethod, liveFrames.Enqueue);
        live.On<SituationPicture>(SituationHubClient.PictureChanged, livePictures.Enqueue);
        viewer.On<ReplayFrame>(ReplayNotifier.ReplayFrameMethod, viewerFrames.Enqueue);
        viewer.On<SituationPicture>(SituationHubClient.PictureChanged, viewerPictures.Enqueue);
        otherViewer.On<ReplayFrame>(ReplayNotifier.ReplayFrameMethod, otherFrames.Enqueue);
        await live.InvokeAsync<SituationPicture?>(nameof(SituationHub.JoinCrisis), crisis);

        var (replay, _) = await analyst.StartedReplayAsync(crisis, t0, t0.AddMinutes(30), speed: 600);
        var (otherReplay, _) = await analyst.StartedReplayAsync(crisis, t0, t0.AddMinutes(30), paused: true);
        var joined = await viewer.InvokeAsync<ReplayFrame?>(nameof(SituationHub.JoinReplay), replay);
        await otherViewer.InvokeAsync<ReplayFrame?>(nameof(SituationHub.JoinReplay), otherReplay);
        clock.Advance(TimeSpan.FromSeconds(2));
        await head.EscalateCrisisAsync(crisis, 4);

        Assert.Equal((replay, 1), (joined!.Replay.ReplayId, joined.Picture.Level));
        var played = await Eventually.ReturnsAsync(() => Task.FromResult(viewerFrames.LastOrDefault()), f => f?.Replay.Moment == t0.AddMinutes(20), "20 min played at 600× in 2 s");
        Assert.Equal(3, played!.Picture.Level);
        await Eventually.TrueAsync(() => livePictures.Any(p => p.CrisisId == crisis && p.Level == 4), "the live escalation to the live follower");
        Assert.Empty(liveFrames);
        Assert.Empty(viewerPictures);
        Assert.All(otherFrames, f => Assert.Equal(otherReplay, f.Replay.ReplayId));
        Assert.DoesNotContain(viewerFrames, f => f.Picture.Level == 4);
        Assert.Equal(4, (await analyst.GetJsonAsync($"/api/dashboard/crises/{crisis}/picture")).GetProperty("level").GetInt32());
    }
}

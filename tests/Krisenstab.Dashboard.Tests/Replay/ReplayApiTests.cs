using System.Net;
using System.Net.Http.Json;
using Krisenstab.Dashboard.Replay;
using Krisenstab.ServiceDefaults;
using Krisenstab.Testing;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.Time.Testing;

namespace Krisenstab.Dashboard.Tests.Replay;

public class ReplayApiTests
{
    [Theory]
    [MemberData(nameof(EngineApp.Engines), MemberType = typeof(EngineApp))]
    public async Task A_replay_keeps_its_pace_on_the_clock_and_holds_jumps_steps_and_stops(string engine)
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var engineApp = await EngineApp.StartAsync(engine, time: clock);
        var app = engineApp.App;
        var (head, analyst, crisis, t0) = await app.PastCrisisSceneAsync(clock);

        var (replay, first) = await analyst.StartedReplayAsync(crisis, t0, t0.AddMinutes(30), speed: 60);
        Assert.Equal((t0, 1, "playing"), (first.Moment(), first.Level(), first.Status()));

        clock.Advance(TimeSpan.FromSeconds(5));
        var fiveMinutesIn = await Eventually.ReturnsAsync(() => analyst.ReplayAsync(crisis, replay), f => f.Moment() == t0.AddMinutes(5), "5 s at 60× = 5 min");
        Assert.Equal(1, fiveMinutesIn.Level());
        clock.Advance(TimeSpan.FromSeconds(6));
        await Eventually.ReturnsAsync(() => analyst.ReplayAsync(crisis, replay), f => f.Moment() == t0.AddMinutes(11) && f.Level() == 2, "the escalation to 2 at 10 min");

        var paused = await analyst.ReplayCommandAsync(crisis, replay, "pause");
        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(("paused", t0.AddMinutes(11)), (paused.Status(), (await analyst.ReplayAsync(crisis, replay)).Moment()));

        var later = await analyst.ReplayCommandAsync(crisis, replay, "jump", new { moment = t0.AddMinutes(25) });
        Assert.Equal((3, 3L), (later.Level(), later.GetProperty("picture").GetProperty("journalLength").GetInt64()));
        var back = await analyst.ReplayCommandAsync(crisis, replay, "jump", new { moment = t0.AddMinutes(1) });
        Assert.Equal((1, 1L, "paused"), (back.Level(), back.GetProperty("picture").GetProperty("journalLength").GetInt64(), back.Status()));

        var stepped = await analyst.ReplayCommandAsync(crisis, replay, "step");
        Assert.Equal((t0.AddMinutes(10), 2, "paused"), (stepped.Moment(), stepped.Level(), stepped.Status()));
        Assert.Equal("situation.crisis-escalated.v1", stepped.GetProperty("picture").GetProperty("feed")[0].GetProperty("eventType").GetString());

        await analyst.ReplayCommandAsync(crisis, replay, "speed", new { speed = 3600 });
        await analyst.ReplayCommandAsync(crisis, replay, "resume");
        clock.Advance(TimeSpan.FromSeconds(1));
        var end = await Eventually.ReturnsAsync(() => analyst.ReplayAsync(crisis, replay), f => f.Status() == "ended", "1 s at 3600× passes the end");
        Assert.Equal((t0.AddMinutes(30), 3), (end.Moment(), end.Level()));

        using var stop = await analyst.DeleteAsync(new Uri($"/api/dashboard/crises/{crisis}/replays/{replay}", UriKind.Relative));
        Assert.Equal("stopped", (await stop.ExpectJsonAsync(HttpStatusCode.OK)).Status());
        using var gone = await analyst.GetAsync(new Uri($"/api/dashboard/crises/{crisis}/replays/{replay}", UriKind.Relative));
        Assert.Equal("replay-not-found", (await gone.ExpectJsonAsync(HttpStatusCode.NotFound)).GetProperty("code").GetString());
        Assert.Equal(3L, (await analyst.GetJsonAsync($"/api/dashboard/crises/{crisis}/picture")).GetProperty("journalLength").GetInt64());
    }

    [Fact]
    public async Task Bad_input_is_a_problem_naming_the_field_and_starts_nothing()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var app = new GatewayApp(time: clock);
        var (head, analyst, crisis, t0) = await app.PastCrisisSceneAsync(clock);

        await ExpectInvalidAsync(analyst.StartReplayAsync(crisis, t0.AddMinutes(20), t0), "to");
        await ExpectInvalidAsync(analyst.StartReplayAsync(crisis, t0, t0.AddMinutes(20), speed: 0.5), "speed");
        await ExpectInvalidAsync(analyst.StartReplayAsync(crisis, t0, t0.AddMinutes(20), speed: 3601), "speed");
        await ExpectInvalidAsync(analyst.PostAsJsonAsync($"/api/dashboard/crises/{crisis}/replays", new { to = t0 }, GatewayApp.Json), "from");
        Assert.Empty((await analyst.GetJsonAsync($"/api/dashboard/crises/{crisis}/replays")).EnumerateArray());

        var (replay, _) = await analyst.StartedReplayAsync(crisis, t0, t0.AddMinutes(20), paused: true);
        await ExpectInvalidAsync(analyst.PutAsJsonAsync($"/api/dashboard/crises/{crisis}/replays/{replay}/speed", new { speed = 0 }, GatewayApp.Json), "speed");
        await ExpectInvalidAsync(analyst.PostAsJsonAsync($"/api/dashboard/crises/{crisis}/replays/{replay}/jump", new { moment = t0.AddHours(1) }, GatewayApp.Json), "moment");
        using var unknown = await analyst.PostAsJsonAsync($"/api/dashboard/crises/{crisis}/replays/{Guid.NewGuid()}/pause", new { }, GatewayApp.Json);
        Assert.Equal("replay-not-found", (await unknown.ExpectJsonAsync(HttpStatusCode.NotFound)).GetProperty("code").GetString());
        using var unknownCrisis = await analyst.StartReplayAsync(Guid.NewGuid(), t0, t0.AddMinutes(1));
        Assert.Equal("crisis-not-found", (await unknownCrisis.ExpectJsonAsync(HttpStatusCode.NotFound)).GetProperty("code").GetString());
    }

    [Fact]
    public async Task Beyond_the_most_replays_at_once_a_start_is_refused_and_an_unwatched_replay_is_disposed()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var app = new GatewayApp(time: clock, settings: new Dictionary<string, string>
        {
            [$"{ReplaySettings.Section}:MaxConcurrent"] = "1",
            [$"{ReplaySettings.Section}:IdleAfter"] = "00:05:00",
        });
        var (head, analyst, crisis, t0) = await app.PastCrisisSceneAsync(clock);
        var (replay, _) = await analyst.StartedReplayAsync(crisis, t0, t0.AddMinutes(20), paused: true);

        using var refused = await analyst.StartReplayAsync(crisis, t0, t0.AddMinutes(20));
        Assert.Equal("too-many-replays", (await refused.ExpectJsonAsync(HttpStatusCode.Conflict)).GetProperty("code").GetString());

        clock.Advance(TimeSpan.FromMinutes(6));
        await Eventually.TrueAsync(async () => (await analyst.GetAsync(new Uri($"/api/dashboard/crises/{crisis}/replays/{replay}", UriKind.Relative))).StatusCode == HttpStatusCode.NotFound,
            "the unwatched replay disposed");
        var (next, _) = await analyst.StartedReplayAsync(crisis, t0, t0.AddMinutes(20), paused: true);
        Assert.NotEqual(replay, next);
    }

    [Theory]
    [InlineData(Roles.Staff)]
    [InlineData(Roles.Press)]
    public async Task Staff_and_press_may_not_replay(string role)
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var app = new GatewayApp(time: clock);
        var (head, analyst, crisis, t0) = await app.PastCrisisSceneAsync(clock);
        var (replay, _) = await analyst.StartedReplayAsync(crisis, t0, t0.AddMinutes(20), paused: true);
        var other = await app.ClientForAsync(role);

        using var start = await other.StartReplayAsync(crisis, t0, t0.AddMinutes(20));
        using var read = await other.GetAsync(new Uri($"/api/dashboard/crises/{crisis}/replays/{replay}", UriKind.Relative));
        await using var hub = await app.ConnectHubAsync(role);
        var join = await Assert.ThrowsAnyAsync<Exception>(() => hub.InvokeAsync<ReplayFrame?>("JoinReplay", replay));

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (start.StatusCode, read.StatusCode));
        Assert.Contains("unauthorized", join.Message, StringComparison.OrdinalIgnoreCase);
    }

    private static async Task ExpectInvalidAsync(Task<HttpResponseMessage> sending, string field)
    {
        using var response = await sending;
        var problem = await response.ExpectJsonAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"the problem names '{field}': {problem}");
    }
}

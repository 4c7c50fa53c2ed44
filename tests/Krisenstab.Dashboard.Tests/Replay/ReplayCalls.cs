using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Krisenstab.ServiceDefaults;
using Krisenstab.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Krisenstab.Dashboard.Tests.Replay;

/// <summary>A crisis with a known past on a fake clock, and the replay routes as the replay tests call them.</summary>
public static class ReplayCalls
{
    /// <summary>Where a replay test starts: the head and an analyst signed in, and the head's crisis with a known past.</summary>
    public static async Task<(HttpClient Head, HttpClient Analyst, Guid Crisis, DateTimeOffset Opened)> PastCrisisSceneAsync(this GatewayApp app, FakeTimeProvider clock)
    {
        var head = await app.ClientForAsync(Roles.Head);
        var analyst = await app.ClientForAsync(Roles.Analyst);
        var (crisis, opened) = await head.PastCrisisAsync(clock, analyst);
        return (head, analyst, crisis, opened);
    }

    /// <summary>Opened at the returned start, escalated to level 2 ten minutes later and to 3 twenty minutes later.</summary>
    public static async Task<(Guid Crisis, DateTimeOffset Opened)> PastCrisisAsync(this HttpClient head, FakeTimeProvider clock, HttpClient reader)
    {
        var opened = clock.GetUtcNow();
        var crisis = await head.OpenCrisisAsync("Rückblick");
        clock.Advance(TimeSpan.FromMinutes(10));
        await head.EscalateCrisisAsync(crisis, 2);
        clock.Advance(TimeSpan.FromMinutes(10));
        await head.EscalateCrisisAsync(crisis, 3);
        await Eventually.TrueAsync(async () => (await reader.TryGetJsonAsync($"/api/dashboard/crises/{crisis}/picture"))?.GetProperty("journalLength").GetInt64() == 3,
            "the crisis's three entries in the live picture");
        return (crisis, opened);
    }

    public static Task<HttpResponseMessage> StartReplayAsync(this HttpClient client, Guid crisis, DateTimeOffset from, DateTimeOffset to, double? speed = null, bool? paused = null) =>
        client.PostAsJsonAsync($"/api/dashboard/crises/{crisis}/replays", new { from, to, speed, paused }, GatewayApp.Json);

    public static async Task<(Guid Replay, JsonElement Frame)> StartedReplayAsync(this HttpClient client, Guid crisis, DateTimeOffset from, DateTimeOffset to, double? speed = null, bool? paused = null)
    {
        using var response = await client.StartReplayAsync(crisis, from, to, speed, paused);
        var frame = await response.ExpectJsonAsync(HttpStatusCode.Created);
        return (frame.GetProperty("replay").GetProperty("replayId").GetGuid(), frame);
    }

    public static async Task<JsonElement> ReplayCommandAsync(this HttpClient client, Guid crisis, Guid replay, string command, object? body = null)
    {
        var path = $"/api/dashboard/crises/{crisis}/replays/{replay}/{command}";
        using var response = command == "speed"
            ? await client.PutAsJsonAsync(path, body, GatewayApp.Json)
            : await client.PostAsJsonAsync(path, body ?? new { }, GatewayApp.Json);
        return await response.ExpectJsonAsync(HttpStatusCode.OK);
    }

    public static Task<JsonElement> ReplayAsync(this HttpClient client, Guid crisis, Guid replay) =>
        client.GetJsonAsync($"/api/dashboard/crises/{crisis}/replays/{replay}");

    public static DateTimeOffset Moment(this JsonElement frame) => frame.GetProperty("replay").GetProperty("moment").GetDateTimeOffset();

    public static string Status(this JsonElement frame) => frame.GetProperty("replay").GetProperty("status").GetString()!;

    public static int Level(this JsonElement frame) => frame.GetProperty("picture").GetProperty("level").GetInt32();
}

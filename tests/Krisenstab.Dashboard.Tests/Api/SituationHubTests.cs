using System.Collections.Concurrent;
using Krisenstab.Dashboard.Hubs;
using Krisenstab.Dashboard.Pictures;
using Krisenstab.ServiceDefaults;
using Krisenstab.Testing;
using Microsoft.AspNetCore.SignalR.Client;

namespace Krisenstab.Dashboard.Tests.Api;

public class SituationHubTests
{
    [Fact]
    public async Task Everyone_hears_of_a_new_crisis_and_followers_receive_its_changed_picture()
    {
        await using var app = new GatewayApp();
        var head = await app.ClientForAsync(Roles.Head);
        await using var hub = await app.ConnectHubAsync(Roles.Staff);
        var opened = new ConcurrentQueue<SituationPicture>();
        var changed = new ConcurrentQueue<SituationPicture>();
        hub.On<SituationPicture>(SituationHubClient.CrisisOpened, opened.Enqueue);
        hub.On<SituationPicture>(SituationHubClient.PictureChanged, changed.Enqueue);

        var id = await head.OpenCrisisAsync("Ankunft West", "Kreisstadt");
        await Eventually.TrueAsync(() => opened.Any(p => p.CrisisId == id), "crisisOpened for the new crisis");
        var current = await hub.InvokeAsync<SituationPicture?>(nameof(SituationHub.JoinCrisis), id);
        await head.CloseCrisisAsync(id);

        Assert.Equal(("Ankunft West", "Kreisstadt", 1L), (current!.Name, current.Region, current.Version));
        Assert.Equal("Lage „Ankunft West“ eröffnet (Kreisstadt)", Assert.Single(current.Feed).De);
        var closed = await Eventually.ReturnsAsync(
            () => Task.FromResult(changed.FirstOrDefault(p => p.CrisisId == id && p.ClosedAt is not null)),
            p => p is not null,
            "pictureChanged with the closed crisis");
        Assert.Equal((2L, 2L), (closed!.JournalLength, closed.Version));
        Assert.Equal(["situation.crisis-closed.v1", "situation.crisis-opened.v1"], closed.Feed.Select(l => l.EventType));
    }

    [Fact]
    public async Task A_client_following_all_crises_receives_every_crisis_picture()
    {
        await using var app = new GatewayApp();
        var head = await app.ClientForAsync(Roles.Head);
        await using var hub = await app.ConnectHubAsync(Roles.Analyst);
        var changed = new ConcurrentQueue<SituationPicture>();
        hub.On<SituationPicture>(SituationHubClient.PictureChanged, changed.Enqueue);
        var before = await hub.InvokeAsync<List<SituationPicture>>(nameof(SituationHub.JoinAllCrises));

        var first = await head.OpenCrisisAsync("Erste");
        var second = await head.OpenCrisisAsync("Zweite");

        Assert.Empty(before);
        await Eventually.TrueAsync(
            () => changed.Any(p => p.CrisisId == first) && changed.Any(p => p.CrisisId == second),
            "pictureChanged for both crises");
    }

    [Fact]
    public async Task A_client_following_a_crisis_and_all_crises_gets_each_change_once()
    {
        await using var app = new GatewayApp();
        var head = await app.ClientForAsync(Roles.Head);
        var id = await head.OpenCrisisAsync("Beide Wege");
        await Eventually.TrueAsync(async () => await head.TryGetAsync<SituationPicture>($"/api/dashboard/crises/{id}/picture") is not null, "the picture");
        await using var hub = await app.ConnectHubAsync(Roles.Staff);
        var changed = new ConcurrentQueue<SituationPicture>();
        hub.On<SituationPicture>(SituationHubClient.PictureChanged, changed.Enqueue);
        await hub.InvokeAsync<SituationPicture?>(nameof(SituationHub.JoinCrisis), id);
        await hub.InvokeAsync<List<SituationPicture>>(nameof(SituationHub.JoinAllCrises));

        await head.EscalateCrisisAsync(id, 2);
        await Eventually.TrueAsync(() => changed.Any(p => p.Version == 2), "pictureChanged with version 2");
        await head.CloseCrisisAsync(id);
        await Eventually.TrueAsync(() => changed.Any(p => p.Version == 3), "pictureChanged with version 3");

        Assert.Equal([2L, 3L], changed.Select(p => p.Version));
    }

    [Fact]
    public async Task The_hub_refuses_a_caller_without_a_token()
    {
        await using var app = new GatewayApp();

        var refused = await Assert.ThrowsAnyAsync<Exception>(() => app.ConnectHubAsync(user: null));

        Assert.Contains("401", refused.Message, StringComparison.Ordinal);
    }
}

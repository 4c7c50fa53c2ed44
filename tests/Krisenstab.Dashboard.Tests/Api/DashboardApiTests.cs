using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Krisenstab.Dashboard.Journal;
using Krisenstab.Dashboard.Pictures;
using Krisenstab.ServiceDefaults;
using Krisenstab.Testing;

namespace Krisenstab.Dashboard.Tests.Api;

public class DashboardApiTests
{
    [Fact]
    public async Task The_picture_follows_the_crisis_from_opened_to_closed()
    {
        await using var app = new GatewayApp();
        var head = await app.ClientForAsync(Roles.Head);
        var analyst = await app.ClientForAsync(Roles.Analyst);
        var id = await head.OpenCrisisAsync("Ankunft Süd", "Stadt Süd");

        var open = await Eventually.ReturnsAsync(() => TryPictureAsync(analyst, id), p => p is not null, "the opened crisis's picture");
        Assert.Equal(("Ankunft Süd", "Stadt Süd", CrisisPhase.Open, 1L), (open!.Name, open.Region, open.Status, open.JournalLength));
        Assert.Equal(open.OpenedAt, open.LastUpdate);

        await head.CloseCrisisAsync(id, "Alle untergebracht");

        var final = await Eventually.ReturnsAsync(() => TryPictureAsync(analyst, id), p => p?.Status == CrisisPhase.Closed, "the closed crisis's picture");
        Assert.Equal(2, final!.JournalLength);
        Assert.Equal("Alle untergebracht", final.ClosedReason);
        Assert.Equal(final.ClosedAt, final.LastUpdate);
    }

    [Fact]
    public async Task An_escalation_raises_the_level_in_the_picture()
    {
        await using var app = new GatewayApp();
        var head = await app.ClientForAsync(Roles.Head);
        var id = await head.OpenCrisisAsync();

        await head.EscalateCrisisAsync(id, 3, "Zustrom verdoppelt");

        var picture = await Eventually.ReturnsAsync(() => TryPictureAsync(head, id), p => p?.Level == 3, "level 3 in the picture");
        Assert.Equal(2, picture!.JournalLength);
    }

    [Fact]
    public async Task The_picture_as_of_a_time_folds_the_journal_up_to_then()
    {
        await using var app = new GatewayApp();
        var head = await app.ClientForAsync(Roles.Head);
        var id = await head.OpenCrisisAsync();
        var open = await Eventually.ReturnsAsync(() => TryPictureAsync(head, id), p => p is not null, "the picture");
        await head.CloseCrisisAsync(id);
        await Eventually.TrueAsync(async () => (await TryPictureAsync(head, id))?.Status == CrisisPhase.Closed, "the closed picture");

        var then = await head.GetFromJsonAsync<SituationPicture>(
            $"/api/dashboard/crises/{id}/picture?asOf={Uri.EscapeDataString(open!.OpenedAt!.Value.ToString("O", CultureInfo.InvariantCulture))}", GatewayApp.Json);
        using var before = await head.GetAsync(new Uri(
            $"/api/dashboard/crises/{id}/picture?asOf={Uri.EscapeDataString(open.OpenedAt.Value.AddSeconds(-1).ToString("O", CultureInfo.InvariantCulture))}", UriKind.Relative));

        Assert.Equal((CrisisPhase.Open, 1L), (then!.Status, then.JournalLength));
        Assert.Equal(HttpStatusCode.NotFound, before.StatusCode);
    }

    [Fact]
    public async Task A_bad_as_of_is_a_problem_naming_the_field()
    {
        await using var app = new GatewayApp();
        var head = await app.ClientForAsync(Roles.Head);

        using var response = await head.GetAsync(new Uri($"/api/dashboard/crises/{Guid.NewGuid()}/picture?asOf=yesterday", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("asOf", out _), problem.ToString());
    }

    [Fact]
    public async Task The_journal_lists_the_crisis_events_by_wire_name()
    {
        await using var app = new GatewayApp();
        var head = await app.ClientForAsync(Roles.Head);
        var id = await head.OpenCrisisAsync();
        await head.CloseCrisisAsync(id);

        var journal = await Eventually.ReturnsAsync(
            async () => await head.TryGetAsync<List<JournalEntryView>>($"/api/dashboard/crises/{id}/journal") ?? [],
            entries => entries.Count == 2,
            "two journal entries");

        Assert.Equal(["situation.crisis-opened.v1", "situation.crisis-closed.v1"], journal.Select(e => e.EventType));
        Assert.All(journal, e => Assert.Equal(Roles.Head, e.ActorRole));
    }

    private static Task<SituationPicture?> TryPictureAsync(HttpClient client, Guid id) =>
        client.TryGetAsync<SituationPicture>($"/api/dashboard/crises/{id}/picture");
}

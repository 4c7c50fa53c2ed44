using System.Globalization;
using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Krisenstab.Dashboard.Hubs;
using Krisenstab.ServiceDefaults;
using Krisenstab.Testing;
using Microsoft.AspNetCore.SignalR.Client;

namespace Krisenstab.Dashboard.Tests.Situation;

/// <summary>The situation service's events through the bus into the picture and the feed, and what each role gets of an incident.</summary>
public class SituationPictureTests
{
    private const string Confidential = "Streit in Zimmer 12, Herr K. leicht verletzt";

    [Theory]
    [MemberData(nameof(EngineApp.Engines), MemberType = typeof(EngineApp))]
    public async Task Announcements_reports_incidents_and_meetings_reach_the_picture_and_the_feed(string engine)
    {
        await using var started = await EngineApp.StartAsync(engine);
        var head = await started.App.ClientForAsync(Roles.Head);
        var staff = await started.App.ClientForAsync(Roles.Staff);
        var crisis = await head.OpenCrisisAsync("Zugang Ost");
        var gym = await staff.RegisterFacilityAsync("Turnhalle Nord", "Bramsche", 40);
        var day = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(1);
        var bus = await staff.AnnounceAsync(crisis, day, 45);
        await staff.RecordArrivalAsync(crisis, bus, 40);
        await staff.PlaceHouseholdAsync(gym, "AZ-2026-001", 4, crisis);
        var reservation = await staff.ReserveForAnnouncementAsync(crisis, gym, bus, 10);
        await staff.PlaceFromReservationAsync(crisis, gym, reservation, "AZ-2026-002", 6);
        await staff.FileReportAsync(crisis, "health", "yellow", DateTimeOffset.UtcNow.AddHours(-1));
        await staff.ReportIncidentAsync(crisis, gym, "conflict", "minor", Confidential);
        var meeting = await staff.ScheduleMeetingAsync(crisis, DateTimeOffset.UtcNow.AddHours(2));
        await staff.DecideAsync(crisis, meeting, "Zweite Turnhalle vorbereiten", "Turnhalle Süd herrichten");

        var situation = (await Eventually.ReturnsAsync(
            () => head.TryGetJsonAsync($"/api/dashboard/crises/{crisis}/picture"),
            p => p is { } json && json.GetProperty("situation").GetProperty("openDecisions").GetArrayLength() == 1
                && json.GetProperty("situation").GetProperty("placed").GetInt32() == 10
                && json.GetProperty("situation").GetProperty("arrived").GetInt32() == 40,
            "the situation section with the decision, the placement and the arrival"))!.Value.GetProperty("situation");

        Assert.Equal(45, situation.Number("announced"));
        var announcement = Assert.Single(situation.GetProperty("announcements").EnumerateArray());
        Assert.Equal((bus, 45, 40, 6), (announcement.GetProperty("announcementId").GetGuid(), announcement.Number("announced"), announcement.Number("arrived"), announcement.Number("placed")));
        var calendarDay = Assert.Single(situation.GetProperty("days").EnumerateArray());
        Assert.Equal((day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), 45, 40), (calendarDay.GetProperty("date").GetString(), calendarDay.Number("announced"), calendarDay.Number("arrived")));
        var sector = Assert.Single(situation.GetProperty("sectors").EnumerateArray());
        Assert.Equal(("health", "yellow"), (sector.GetProperty("sector").GetString(), sector.GetProperty("status").GetString()));
        Assert.True(sector.GetProperty("overdueAt").GetDateTimeOffset() > DateTimeOffset.UtcNow);
        var incidents = situation.GetProperty("incidents");
        Assert.Equal((1, 1, 1), (incidents.Number("open"), incidents.GetProperty("byCategory").Number("conflict"), incidents.GetProperty("byFacility").Number(gym.ToString())));
        Assert.Equal(meeting, situation.GetProperty("nextMeeting").GetProperty("meetingId").GetGuid());
        Assert.Equal("Turnhalle Süd herrichten", situation.GetProperty("openDecisions")[0].GetProperty("taskTitle").GetString());

        var feed = (await head.GetJsonAsync($"/api/dashboard/crises/{crisis}/feed")).EnumerateArray().Select(l => l.GetProperty("de").GetString()).ToList();
        Assert.Contains($"Zuweisung angekündigt: 45 Personen am {day.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)} aus LEA Gießen", feed);
        Assert.Contains("Fachlage Gesundheit: gelb (S2 Lage)", feed);
        Assert.Contains("Vorkommnis gemeldet: Konflikt, leicht", feed);
        Assert.Contains("Beschluss: Zweite Turnhalle vorbereiten — Auftrag an Versorgung", feed);
    }

    [Fact]
    public async Task No_role_reads_an_incident_text_in_the_picture_the_feed_the_journal_or_a_hub_push_and_only_head_and_admin_read_it_from_the_service()
    {
        await using var app = new GatewayApp();
        var staff = await app.ClientForAsync(Roles.Staff);
        var crisis = await (await app.ClientForAsync(Roles.Head)).OpenCrisisAsync("Vertraulich");
        await Eventually.TrueAsync(async () => await staff.TryGetJsonAsync($"/api/dashboard/crises/{crisis}/picture") is not null, "the picture");
        var pushes = new ConcurrentDictionary<string, ConcurrentQueue<string>>();
        var hubs = new List<HubConnection>();
        foreach (var role in Roles.All)
        {
            var hub = await app.ConnectHubAsync(role);
            hubs.Add(hub);
            var received = pushes.GetOrAdd(role, _ => new());
            hub.On<JsonElement>(SituationHubClient.PictureChanged, picture => received.Enqueue(picture.GetRawText()));
            await hub.InvokeAsync<JsonElement>(nameof(SituationHub.JoinCrisis), crisis);
        }

        var incident = await staff.ReportIncidentAsync(crisis, Guid.CreateVersion7(), "violence", "serious", Confidential);

        await Eventually.TrueAsync(
            () => Roles.All.All(role => pushes[role].Any(p => p.Contains("\"serious\":1", StringComparison.Ordinal))),
            "every role's hub got the picture with the incident counted");
        foreach (var role in Roles.All)
        {
            var client = await app.ClientForAsync(role);
            var snapshot = await hubs[Roles.All.ToList().IndexOf(role)].InvokeAsync<JsonElement>(nameof(SituationHub.JoinCrisis), crisis);
            string[] seen =
            [
                .. pushes[role],
                snapshot.GetRawText(),
                (await client.GetJsonAsync($"/api/dashboard/crises/{crisis}/picture")).GetRawText(),
                (await client.GetJsonAsync($"/api/dashboard/crises/{crisis}/feed")).GetRawText(),
                (await client.GetJsonAsync($"/api/dashboard/crises/{crisis}/journal")).GetRawText(),
                (await client.GetJsonAsync($"/api/situation/crises/{crisis}/incidents")).GetRawText(),
            ];
            Assert.All(seen, text => Assert.DoesNotContain("Zimmer 12", text, StringComparison.Ordinal));
            Assert.Contains(seen, text => text.Contains("\"violence\":1", StringComparison.Ordinal));

            using var details = await client.GetAsync(new Uri($"/api/situation/crises/{crisis}/incidents/details", UriKind.Relative));
            var mayRead = role is Roles.Head or Roles.Admin;
            Assert.Equal(mayRead ? HttpStatusCode.OK : HttpStatusCode.Forbidden, details.StatusCode);
            if (mayRead)
            {
                Assert.Contains(Confidential, await details.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            }
        }
        Assert.NotEqual(Guid.Empty, incident);
        foreach (var hub in hubs)
        {
            await hub.DisposeAsync();
        }
    }
}

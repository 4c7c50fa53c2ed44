using System.Globalization;
using System.Net;
using System.Text.Json;
using Krisenstab.ServiceDefaults;
using Krisenstab.SituationReports.Tests.Support;
using Krisenstab.Testing;

namespace Krisenstab.SituationReports.Tests.Situation;

public class AllocationApiTests
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    private static string Announcements(Guid crisisId) => $"/api/situation/crises/{crisisId}/announcements";

    private static object Announcement(int people, DateOnly on) =>
        new { expectedOn = on.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), people, origin = "LEA Gießen", households = 3, languages = new[] { "uk" } };

    [Theory]
    [MemberData(nameof(SituationApp.Engines), MemberType = typeof(SituationApp))]
    public async Task Announced_arrived_and_placed_per_announcement_and_the_seven_day_calendar(string engine)
    {
        await using var app = await SituationApp.StartAsync(engine);
        var head = await app.ClientForAsync(Roles.Head);
        var staff = await app.ClientForAsync(Roles.Staff);
        var crisisId = await head.NewCrisisAsync();

        var tomorrow = await staff.CreateAsync(Announcements(crisisId), new { expectedOn = Today.AddDays(1), people = 40, origin = "LEA Gießen" });
        var later = await staff.CreateAsync(Announcements(crisisId), Announcement(25, Today.AddDays(3)));
        var cancelled = await staff.CreateAsync(Announcements(crisisId), Announcement(10, Today.AddDays(3)));
        await staff.PostJsonAsync($"{Announcements(crisisId)}/{cancelled}/cancel", new { reason = "umgeleitet" }, HttpStatusCode.OK);
        await staff.PostJsonAsync($"{Announcements(crisisId)}/{tomorrow}/arrivals", new { people = 30 }, HttpStatusCode.Created);
        await staff.PostJsonAsync($"{Announcements(crisisId)}/{tomorrow}/arrivals", new { people = 12, households = 4 }, HttpStatusCode.Created);
        var changed = await staff.PutJsonAsync($"{Announcements(crisisId)}/{later}", new { expectedOn = Today.AddDays(2), people = 28, origin = "LEA Gießen", reason = "nachgemeldet" }, HttpStatusCode.OK);
        Assert.Equal(2, changed.GetProperty("history").GetArrayLength());

        var totals = await Eventually.ReturnsAsync(() => staff.GetJsonAsync(Announcements(crisisId)), t => t.Number("arrived") == 42 && t.Number("announced") == 68, "both arrivals and the change counted");
        Assert.Equal((68, 42), (totals.Number("announced"), totals.Number("arrived")));

        var calendar = await staff.GetJsonAsync($"/api/situation/crises/{crisisId}/calendar?from={Today:yyyy-MM-dd}");
        var days = calendar.EnumerateArray().Select(d => (d.GetProperty("date").GetString(), d.Number("announced"), d.Number("arrived"))).ToList();
        Assert.Equal(7, days.Count);
        Assert.Equal((Day(1), 40, 42), days[1]);
        Assert.Equal((Day(2), 28, 0), days[2]);
        Assert.Equal((Day(3), 0, 0), days[3]);
    }

    [Theory]
    [MemberData(nameof(SituationApp.Engines), MemberType = typeof(SituationApp))]
    public async Task Placed_is_counted_from_accommodations_events_for_the_reservation_naming_the_announcement(string engine)
    {
        await using var app = await SituationApp.StartAsync(engine);
        var head = await app.ClientForAsync(Roles.Head);
        var staff = await app.ClientForAsync(Roles.Staff);
        var crisisId = await head.NewCrisisAsync();
        var announcementId = await staff.CreateAsync(Announcements(crisisId), Announcement(20, Today.AddDays(1)));
        var facilityId = await staff.CreateAsync("/api/accommodation/facilities", new { name = "Turnhalle Nord", kind = "emergency-shelter", town = "Baunatal", address = "Schulstraße 3", capacity = 40 });
        var reservation = await staff.PostJsonAsync(
            $"/api/accommodation/facilities/{facilityId}/reservations",
            new { places = 10, expiresAt = DateTimeOffset.UtcNow.AddDays(2), crisisId, announcementId }, HttpStatusCode.Created);
        var reservationId = reservation.GetProperty("reservationId").GetGuid();

        await staff.PostJsonAsync($"/api/accommodation/facilities/{facilityId}/reservations/{reservationId}/placements", new { householdRef = "KS-1", size = 4 }, HttpStatusCode.Created);
        await staff.PostJsonAsync($"/api/accommodation/facilities/{facilityId}/reservations/{reservationId}/placements", new { householdRef = "KS-2", size = 3 }, HttpStatusCode.Created);
        await staff.PostJsonAsync($"/api/accommodation/facilities/{facilityId}/placements", new { householdRef = "KS-3", size = 2, crisisId }, HttpStatusCode.Created);
        await staff.PostJsonAsync($"/api/accommodation/facilities/{facilityId}/placements", new { householdRef = "KS-4", size = 5 }, HttpStatusCode.Created);

        var announcement = await Eventually.ReturnsAsync(
            () => staff.GetJsonAsync($"{Announcements(crisisId)}/{announcementId}"), a => a.Number("placed") == 7, "the placements from the reservation counted");
        Assert.Equal(20, announcement.Number("announced"));
        var totals = await Eventually.ReturnsAsync(() => staff.GetJsonAsync(Announcements(crisisId)), t => t.Number("placed") == 9, "the crisis's placements counted");
        Assert.Equal(7, totals.GetProperty("announcements")[0].Number("placed"));
    }

    [Theory]
    [MemberData(nameof(SituationApp.Engines), MemberType = typeof(SituationApp))]
    public async Task An_arrival_for_a_cancelled_announcement_is_409_and_nothing_is_stored(string engine)
    {
        await using var app = await SituationApp.StartAsync(engine);
        var head = await app.ClientForAsync(Roles.Head);
        var crisisId = await head.NewCrisisAsync();
        var id = await head.CreateAsync(Announcements(crisisId), Announcement(10, Today));
        await head.PostJsonAsync($"{Announcements(crisisId)}/{id}/cancel", null, HttpStatusCode.OK);
        var stored = await StoredEvents.CountAsync(app);

        var problem = await head.PostJsonAsync($"{Announcements(crisisId)}/{id}/arrivals", new { people = 10 }, HttpStatusCode.Conflict);

        Assert.Equal("announcement-cancelled", problem.Code());
        Assert.Equal(stored, await StoredEvents.CountAsync(app));
    }

    public static TheoryData<string, string> BadAnnouncements => new()
    {
        { """{"people":10,"origin":"LEA"}""", "expectedOn" },
        { """{"expectedOn":"2030-01-01","origin":"LEA"}""", "people" },
        { """{"expectedOn":"2030-01-01","people":-1,"origin":"LEA"}""", "people" },
        { """{"expectedOn":"2030-01-01","people":10}""", "origin" },
        { """{"expectedOn":"2030-01-01","people":10,"origin":"LEA","households":11}""", "households" },
        { """{"expectedOn":"morgen","people":10,"origin":"LEA"}""", "$.expectedOn" },
    };

    [Theory]
    [MemberData(nameof(BadAnnouncements))]
    public async Task Bad_input_is_a_problem_naming_the_field_and_nothing_is_stored(string body, string field)
    {
        await using var app = await SituationApp.StartAsync(SituationApp.Sqlite);
        var head = await app.ClientForAsync(Roles.Head);
        var crisisId = await head.NewCrisisAsync();
        var stored = await StoredEvents.CountAsync(app);

        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        using var response = await head.PostAsync(new Uri(Announcements(crisisId), UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.NamesField(field);
        Assert.Equal(stored, await StoredEvents.CountAsync(app));
    }

    [Fact]
    public async Task Unknown_crises_and_announcements_are_404_and_readers_may_not_announce()
    {
        await using var app = await SituationApp.StartAsync(SituationApp.Sqlite);
        var head = await app.ClientForAsync(Roles.Head);
        var press = await app.ClientForAsync(Roles.Press);
        var crisisId = await head.NewCrisisAsync();

        await head.PostJsonAsync(Announcements(Guid.NewGuid()), Announcement(5, Today), HttpStatusCode.NotFound);
        await head.PostJsonAsync($"{Announcements(crisisId)}/{Guid.NewGuid()}/arrivals", new { people = 5 }, HttpStatusCode.NotFound);
        await press.PostJsonAsync(Announcements(crisisId), Announcement(5, Today), HttpStatusCode.Forbidden);
        Assert.Equal(0, (await press.GetJsonAsync(Announcements(crisisId))).Number("announced"));
    }

    private static string Day(int offset) => Today.AddDays(offset).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

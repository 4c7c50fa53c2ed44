using System.Net;
using System.Net.Http.Json;
using Krisenstab.Testing;

namespace Krisenstab.Dashboard.Tests.Situation;

/// <summary>The situation service's recording calls as the dashboard's situation tests use them; each answers the new id.</summary>
public static class SituationCalls
{
    public static Task<Guid> AnnounceAsync(this HttpClient client, Guid crisis, DateOnly expectedOn, int people, string origin = "LEA Gießen") =>
        PostAsync(client, $"/api/situation/crises/{crisis}/announcements", new { expectedOn, people, origin });

    public static Task<Guid> RecordArrivalAsync(this HttpClient client, Guid crisis, Guid announcement, int people) =>
        PostAsync(client, $"/api/situation/crises/{crisis}/announcements/{announcement}/arrivals", new { people });

    public static Task<Guid> FileReportAsync(this HttpClient client, Guid crisis, string sector, string status, DateTimeOffset asOf) =>
        PostAsync(client, $"/api/situation/crises/{crisis}/reports", new { sector, function = "S2", asOf, status, text = "Lage stabil" });

    public static Task<Guid> ReportIncidentAsync(this HttpClient client, Guid crisis, Guid facilityId, string category, string severity, string text) =>
        PostAsync(client, $"/api/situation/crises/{crisis}/incidents", new { facilityId, category, severity, occurredAt = DateTimeOffset.UtcNow.AddMinutes(-5), text });

    public static Task<Guid> ScheduleMeetingAsync(this HttpClient client, Guid crisis, DateTimeOffset startsAt) =>
        PostAsync(client, $"/api/situation/crises/{crisis}/meetings", new { startsAt });

    public static Task<Guid> DecideAsync(this HttpClient client, Guid crisis, Guid meeting, string text, string taskTitle) =>
        PostAsync(client, $"/api/situation/crises/{crisis}/meetings/{meeting}/decisions",
            new { text, task = new { title = taskTitle, responsibleUnit = "S4", dueAt = DateTimeOffset.UtcNow.AddHours(4) } });

    /// <summary>A reservation made for the crisis that names the announcement it is for.</summary>
    public static Task<Guid> ReserveForAnnouncementAsync(this HttpClient client, Guid crisis, Guid facilityId, Guid announcement, int places) =>
        PostAsync(client, $"/api/accommodation/facilities/{facilityId}/reservations",
            new { places, expiresAt = DateTimeOffset.UtcNow.AddDays(1), reference = "Zuweisung", crisisId = crisis, announcementId = announcement }, "reservationId");

    public static Task<Guid> PlaceFromReservationAsync(this HttpClient client, Guid crisis, Guid facilityId, Guid reservation, string householdRef, int size) =>
        PostAsync(client, $"/api/accommodation/facilities/{facilityId}/reservations/{reservation}/placements",
            new { householdRef, size, needs = Array.Empty<string>(), languages = new[] { "uk" }, crisisId = crisis }, "facilityId");

    private static async Task<Guid> PostAsync(HttpClient client, string url, object body, string idProperty = "id")
    {
        using var response = await client.PostAsJsonAsync(url, body, GatewayApp.Json);
        return (await response.ExpectJsonAsync(HttpStatusCode.Created)).GetProperty(idProperty).GetGuid();
    }
}

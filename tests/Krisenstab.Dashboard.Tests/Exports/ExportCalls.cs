using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Krisenstab.Dashboard.Tests.Support;
using Krisenstab.ServiceDefaults;
using Krisenstab.Testing;

namespace Krisenstab.Dashboard.Tests.Exports;

/// <summary>A small crisis with accommodation changes made for it, and the export and import calls.</summary>
public static class ExportCalls
{
    /// <summary>A crisis of five entries (opened, escalated, a reservation and a placement for it, closed) and a facility of three accommodation entries, all settled.</summary>
    public static async Task<Guid> SettledCrisisAsync(GatewayApp app)
    {
        var head = await app.ClientForAsync(Roles.Head);
        var staff = await app.ClientForAsync(Roles.Staff);
        var analyst = await app.ClientForAsync(Roles.Analyst);
        var id = await head.OpenCrisisAsync("Export Süd", "Landkreis Süd");
        await head.EscalateCrisisAsync(id, 2, "Busse angekündigt");
        var facility = await staff.RegisterFacilityAsync("Turnhalle Nord", "Nordstadt", 40);
        await staff.ReservePlacesAsync(facility, 6, DateTimeOffset.UtcNow.AddDays(2), id);
        await staff.PlaceHouseholdAsync(facility, "H-2026-0001", 4, id);
        await Eventually.TrueAsync(async () => (await analyst.TryGetJsonAsync($"/api/dashboard/crises/{id}/picture"))?.GetProperty("journalLength").GetInt64() == 4, "four crisis entries");
        await head.CloseCrisisAsync(id, "Lage beruhigt");
        await Eventually.TrueAsync(async () =>
            (await analyst.TryGetJsonAsync($"/api/dashboard/crises/{id}/picture")) is { } picture
            && picture.GetProperty("journalLength").GetInt64() == 5
            && picture.GetProperty("accommodation").GetProperty("version").GetInt64() == 3,
            "five crisis entries and three accommodation entries folded");
        return id;
    }

    public static async Task<string> ExportAsync(this HttpClient client, Guid crisisId)
    {
        using var response = await client.GetAsync(new Uri($"/api/dashboard/crises/{crisisId}/export.ndjson", UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"export: {(int)response.StatusCode} {text}");
        Assert.Equal("application/x-ndjson", response.Content.Headers.ContentType?.MediaType);
        return text;
    }

    public static async Task<HttpResponseMessage> ImportAsync(this HttpClient client, string file)
    {
        using var content = new StringContent(file, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-ndjson");
        return await client.PostAsync(new Uri("/api/dashboard/imports", UriKind.Relative), content);
    }

    /// <summary>The route's body as text, after asserting 200.</summary>
    public static async Task<string> TextAsync(this HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {text}");
        return text;
    }
}

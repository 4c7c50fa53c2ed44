using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Krisenstab.Accommodation.Tests.Support;

/// <summary>The calls the tests make, spelt once.</summary>
public static class AccommodationClient
{
    public const string Api = "/api/accommodation";

    public static async Task<Guid> RegisterAsync(
        this HttpClient http, int capacity, string town = CaseStudyTowns.City, string kind = "shared-shelter", string[]? features = null, string? name = null)
    {
        using var response = await http.PostAsJsonAsync($"{Api}/facilities", new
        {
            name = name ?? $"Unterkunft {Guid.NewGuid():N}"[..20],
            kind,
            town,
            address = "Hauptstraße 1",
            @operator = new { kind = "organisation", name = "DRK Kreisverband" },
            capacity,
            features = features ?? [],
        });
        var body = await response.ExpectJsonAsync(HttpStatusCode.Created);
        return body.GetProperty("id").GetGuid();
    }

    public static Task<HttpResponseMessage> PlaceAsync(this HttpClient http, Guid facilityId, string householdRef, int size, string? idempotencyKey = null, params string[] needs)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"{Api}/facilities/{facilityId}/placements")
        {
            Content = JsonContent.Create(new { householdRef, size, needs, languages = new[] { "uk" } }),
        };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }
        return http.SendAsync(request);
    }

    public static async Task<JsonElement> FacilityAsync(this HttpClient http, Guid facilityId)
    {
        using var response = await http.GetAsync($"{Api}/facilities/{facilityId}");
        return await response.ExpectJsonAsync(HttpStatusCode.OK);
    }

    public static async Task<JsonElement> GetJsonAsync(this HttpClient http, string path)
    {
        using var response = await http.GetAsync(path);
        return await response.ExpectJsonAsync(HttpStatusCode.OK);
    }

    public static int Number(this JsonElement json, string property) => json.GetProperty(property).GetInt32();
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Krisenstab.Dashboard.Tests.Support;

/// <summary>The Accommodation API's calls and the dashboard board's reads as the dashboard tests use them.</summary>
public static class AccommodationCalls
{
    public static async Task<Guid> RegisterFacilityAsync(
        this HttpClient client, string name, string town, int capacity, string kind = "shared-shelter", params string[] features)
    {
        using var response = await client.PostAsJsonAsync("/api/accommodation/facilities", new
        {
            name,
            kind,
            town,
            address = "Hauptstraße 1",
            @operator = new { kind = "organisation", name = "DRK Kreisverband" },
            capacity,
            features,
        });
        return (await response.ExpectJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
    }

    public static async Task PlaceHouseholdAsync(this HttpClient client, Guid facilityId, string householdRef, int size, Guid? crisisId = null)
    {
        using var response = await client.PostAsJsonAsync(
            $"/api/accommodation/facilities/{facilityId}/placements",
            new { householdRef, size, needs = Array.Empty<string>(), languages = new[] { "uk" }, crisisId });
        await response.ExpectJsonAsync(HttpStatusCode.Created);
    }

    public static async Task ReservePlacesAsync(this HttpClient client, Guid facilityId, int places, DateTimeOffset expiresAt, Guid? crisisId = null)
    {
        using var response = await client.PostAsJsonAsync(
            $"/api/accommodation/facilities/{facilityId}/reservations",
            new { places, expiresAt, reference = "Zuweisung Bus 7", crisisId });
        await response.ExpectJsonAsync(HttpStatusCode.Created);
    }

    public static async Task ConfirmOccupancyAsync(this HttpClient client, Guid facilityId)
    {
        using var response = await client.PostAsync(new Uri($"/api/accommodation/facilities/{facilityId}/confirmations", UriKind.Relative), null);
        await response.ExpectJsonAsync(HttpStatusCode.OK);
    }

    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        return await response.ExpectJsonAsync(HttpStatusCode.OK);
    }

    /// <summary>The board's row of a facility, or null while the board does not show it.</summary>
    public static JsonElement? FacilityRow(this JsonElement board, Guid facilityId) =>
        board.GetProperty("facilities").EnumerateArray().Cast<JsonElement?>().FirstOrDefault(f => f!.Value.GetProperty("facilityId").GetGuid() == facilityId);

    public static JsonElement TownRow(this JsonElement board, string town) =>
        board.GetProperty("towns").EnumerateArray().Single(t => t.GetProperty("town").GetString() == town);

    public static int Number(this JsonElement json, string property) => json.GetProperty(property).GetInt32();

}

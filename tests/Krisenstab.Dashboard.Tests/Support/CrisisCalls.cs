using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Krisenstab.Testing;

namespace Krisenstab.Dashboard.Tests.Support;

/// <summary>The Situation API's commands and the dashboard's reads as the dashboard tests use them.</summary>
public static class CrisisCalls
{
    public static async Task<Guid> OpenCrisisAsync(this HttpClient client, string name = "Ankunft Ost", string region = "Landkreis Nord")
    {
        using var response = await client.PostAsJsonAsync("/api/situation/crises", new { name, region }, GatewayApp.Json);
        return (await response.ExpectJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
    }

    public static async Task CloseCrisisAsync(this HttpClient client, Guid id, string? reason = null)
    {
        using var response = await client.PostAsJsonAsync($"/api/situation/crises/{id}/close", new { reason }, GatewayApp.Json);
        await response.ExpectJsonAsync(HttpStatusCode.OK);
    }

    public static async Task EscalateCrisisAsync(this HttpClient client, Guid id, int level, string? reason = null)
    {
        using var response = await client.PostAsJsonAsync($"/api/situation/crises/{id}/escalate", new { level, reason }, GatewayApp.Json);
        await response.ExpectJsonAsync(HttpStatusCode.OK);
    }

    /// <summary>The JSON body, or null while it is 404 (read models catch up asynchronously).</summary>
    public static async Task<JsonElement?> TryGetJsonAsync(this HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        return response.StatusCode == HttpStatusCode.NotFound ? null : await response.ExpectJsonAsync(HttpStatusCode.OK);
    }

    /// <summary>The resource, or null while it is 404 (read models catch up asynchronously).</summary>
    public static async Task<T?> TryGetAsync<T>(this HttpClient client, string url)
        where T : class
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<T>(GatewayApp.Json);
    }
}

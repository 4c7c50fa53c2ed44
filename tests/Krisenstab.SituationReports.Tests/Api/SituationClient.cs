using System.Net;
using System.Net.Http.Json;
using Krisenstab.SituationReports.Crises;
using Krisenstab.Testing;

namespace Krisenstab.SituationReports.Tests.Api;

/// <summary>The Situation API's calls as the tests use them.</summary>
public static class SituationClient
{
    public static Task<HttpResponseMessage> OpenAsync(this HttpClient client, object body) =>
        client.PostAsJsonAsync("/api/situation/crises", body, GatewayApp.Json);

    public static async Task<Guid> OpenCrisisAsync(this HttpClient client, string name = "Ankunft Ost", string region = "Landkreis Nord")
    {
        using var response = await client.OpenAsync(new { name, region });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<CrisisCreated>(GatewayApp.Json);
        return created!.Id;
    }

    public static Task<HttpResponseMessage> CloseAsync(this HttpClient client, Guid id, object? body = null) =>
        body is null
            ? client.PostAsync(new Uri($"/api/situation/crises/{id}/close", UriKind.Relative), null)
            : client.PostAsJsonAsync($"/api/situation/crises/{id}/close", body, GatewayApp.Json);

    public static async Task<IReadOnlyList<CrisisView>> ListAsync(this HttpClient client) =>
        (await client.GetFromJsonAsync<List<CrisisView>>("/api/situation/crises", GatewayApp.Json))!;
}

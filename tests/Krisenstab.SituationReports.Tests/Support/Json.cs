using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Krisenstab.Testing;

namespace Krisenstab.SituationReports.Tests.Support;

/// <summary>JSON calls against the API, asserting the status code and returning the body.</summary>
public static class Json
{
    public static async Task<JsonElement> PostJsonAsync(this HttpClient http, string path, object? body, HttpStatusCode expected) =>
        await ExpectAsync(await http.PostAsJsonAsync(path, body, GatewayApp.Json), expected);

    public static async Task<JsonElement> PutJsonAsync(this HttpClient http, string path, object body, HttpStatusCode expected) =>
        await ExpectAsync(await http.PutAsJsonAsync(path, body, GatewayApp.Json), expected);

    public static async Task<JsonElement> GetJsonAsync(this HttpClient http, string path, HttpStatusCode expected = HttpStatusCode.OK) =>
        await ExpectAsync(await http.GetAsync(new Uri(path, UriKind.Relative)), expected);

    public static async Task<Guid> CreateAsync(this HttpClient http, string path, object body) =>
        (await http.PostJsonAsync(path, body, HttpStatusCode.Created)).GetProperty("id").GetGuid();

    /// <summary>The problem detail names <paramref name="field"/> under <c>errors</c>.</summary>
    public static void NamesField(this JsonElement problem, string field) =>
        Assert.True(problem.TryGetProperty("errors", out var errors) && errors.TryGetProperty(field, out _), $"the problem names {field}: {problem}");

    public static string Code(this JsonElement problem) => problem.GetProperty("code").GetString()!;

    public static int Number(this JsonElement json, string property) => json.GetProperty(property).GetInt32();

    private static async Task<JsonElement> ExpectAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        using (response)
        {
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == expected, $"expected {(int)expected}, got {(int)response.StatusCode}: {text}");
            return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
        }
    }
}

public static class Crises
{
    /// <summary>Opens a crisis as the signed-in user (a head or admin) and returns its id.</summary>
    public static Task<Guid> NewCrisisAsync(this HttpClient head) =>
        head.CreateAsync("/api/situation/crises", new { name = "Zugang Ukraine", region = "Landkreis Kassel" });
}

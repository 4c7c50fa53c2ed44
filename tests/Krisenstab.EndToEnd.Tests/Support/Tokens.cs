using System.Net.Http.Json;
using System.Text.Json.Serialization;

namespace Krisenstab.EndToEnd.Tests.Support;

/// <summary>Signs in at the gateway's token endpoint, as any client would.</summary>
public static class Tokens
{
    public const string DemoPassword = "demo";

    public static Task<HttpResponseMessage> RequestAsync(HttpClient gateway, string username, string password, string clientId = "krisenstab") =>
        gateway.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password",
            ["client_id"] = clientId,
            ["username"] = username,
            ["password"] = password,
        }));

    public static async Task<string> ForAsync(HttpClient gateway, string username, string password = DemoPassword)
    {
        using var response = await RequestAsync(gateway, username, password);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"token request for {username} failed: {(int)response.StatusCode} {body}");
        var token = System.Text.Json.JsonSerializer.Deserialize<TokenResponse>(body)!;
        return token.AccessToken;
    }

    public static HttpRequestMessage Authorized(HttpMethod method, string path, string token, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.Authorization = new("Bearer", token);
        return request;
    }

    public static HttpContent Json(object body) => JsonContent.Create(body);

    private sealed record TokenResponse([property: JsonPropertyName("access_token")] string AccessToken);
}

using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Krisenstab.Security.Tests.Tokens;

public static class TokenEndpoint
{
    /// <summary>POSTs the form to <c>/connect/token</c>; the status and the JSON answer.</summary>
    public static async Task<(int Status, JsonElement Body)> RequestAsync(HttpClient client, params (string Name, string Value)[] form)
    {
        using var content = new FormUrlEncodedContent(form.Select(f => KeyValuePair.Create(f.Name, f.Value)));
        using var response = await client.PostAsync(new Uri("/connect/token", UriKind.Relative), content);
        return ((int)response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    public static async Task<int> StatusWithTokenAsync(HttpClient client, string token, HttpMethod method, string path, object? body = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await client.SendAsync(request);
        return (int)response.StatusCode;
    }
}

using System.Net.Http.Json;
using System.Text.Json;
using Xunit;

namespace Krisenstab.Testing;

/// <summary>Signs in at <c>/connect/token</c> with the password grant of the client <c>krisenstab</c>.</summary>
public static class PasswordGrant
{
    /// <summary>The whole token answer (access_token, expires_in, refresh_token when issued).</summary>
    public static async Task<JsonElement> SignInAsync(HttpClient client, string user, string password)
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password",
            ["client_id"] = "krisenstab",
            ["username"] = user,
            ["password"] = password,
        });
        using var response = await client.PostAsync(new Uri("/connect/token", UriKind.Relative), form);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.IsSuccessStatusCode, $"signing in as {user} failed: {body}");
        return body;
    }
}

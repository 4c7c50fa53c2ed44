using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Krisenstab.Messaging.Tests.Support;

/// <summary>Reads queue properties from RabbitMQ's management API.</summary>
public static class RabbitMqManagement
{
    public static async Task<string?> QueueTypeAsync(RabbitMqVirtualHost virtualHost, string queue)
    {
        var api = TestServers.RabbitMqManagement;
        using var client = new HttpClient { BaseAddress = new Uri(api.GetLeftPart(UriPartial.Authority)) };
        var credentials = Convert.ToBase64String(Encoding.UTF8.GetBytes(Uri.UnescapeDataString(api.UserInfo)));
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", credentials);
        var info = await client.GetFromJsonAsync<JsonElement>($"/api/queues/{Uri.EscapeDataString(virtualHost.Name)}/{Uri.EscapeDataString(queue)}");
        return info.GetProperty("type").GetString();
    }
}

using System.Net.Http.Headers;
using System.Text;

namespace Krisenstab.Testing;

/// <summary>A RabbitMQ virtual host of its own for one test (via the management API); deleted on dispose.</summary>
public sealed class RabbitMqVirtualHost : IAsyncDisposable
{
    private readonly HttpClient _management;

    private RabbitMqVirtualHost(HttpClient management, string name)
    {
        _management = management;
        Name = name;
        var broker = new UriBuilder(TestServers.RabbitMq) { Path = "/" + Uri.EscapeDataString(name) };
        ConnectionString = broker.Uri.ToString();
    }

    public string Name { get; }

    /// <summary>An amqp:// URI that points at this virtual host.</summary>
    public string ConnectionString { get; }

    public static async Task<RabbitMqVirtualHost> CreateAsync()
    {
        var api = TestServers.RabbitMqManagement;
        var management = new HttpClient { BaseAddress = new Uri(api.GetLeftPart(UriPartial.Authority)) };
        var credentials = Convert.ToBase64String(Encoding.UTF8.GetBytes(Uri.UnescapeDataString(api.UserInfo)));
        management.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", credentials);
        var name = $"t-{Guid.NewGuid():N}";
        (await management.PutAsync($"/api/vhosts/{name}", null)).EnsureSuccessStatusCode();
        var user = Uri.UnescapeDataString(api.UserInfo.Split(':')[0]);
        var permissions = new StringContent("""{"configure":".*","write":".*","read":".*"}""", Encoding.UTF8, "application/json");
        (await management.PutAsync($"/api/permissions/{name}/{user}", permissions)).EnsureSuccessStatusCode();
        return new RabbitMqVirtualHost(management, name);
    }

    public async ValueTask DisposeAsync()
    {
        using (_management)
        {
            await _management.DeleteAsync($"/api/vhosts/{Name}");
        }
    }
}

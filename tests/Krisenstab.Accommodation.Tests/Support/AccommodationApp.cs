using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Krisenstab.Accommodation.Tests.Support;

/// <summary>
/// The gateway in embedded mode hosting the Accommodation module: its own SQLite directory (or its own PostgreSQL
/// database), the in-memory bus, the demo district's towns, optionally a fake clock.
/// </summary>
public sealed class AccommodationApp : WebApplicationFactory<Program>
{
    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("krisenstab-accommodation-").FullName;
    private readonly string? _postgres;
    private readonly TimeProvider? _time;
    private readonly IReadOnlyDictionary<string, string> _settings;

    public AccommodationApp(string? postgres = null, TimeProvider? time = null, IReadOnlyDictionary<string, string>? settings = null)
    {
        _postgres = postgres;
        _time = time;
        _settings = settings ?? new Dictionary<string, string>();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Krisenstab:Mode", "Embedded");
        builder.UseSetting("Krisenstab:Bus:Transport", "InMemory");
        builder.UseSetting("Krisenstab:EventStore:DataDirectory", _dataDirectory);
        builder.UseSetting("Krisenstab:EventStore:Provider", _postgres is null ? "Sqlite" : "Postgres");
        if (_postgres is not null)
        {
            builder.UseSetting("ConnectionStrings:Postgres", _postgres);
        }
        foreach (var (town, population) in CaseStudyTowns.Populations)
        {
            builder.UseSetting($"Krisenstab:Accommodation:Towns:{town}", population.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
        if (_time is not null)
        {
            builder.ConfigureTestServices(services => services.AddSingleton(_time));
        }
    }

    /// <summary>A client signed in as one of the development users (staff, head, press, analyst, admin).</summary>
    public async Task<HttpClient> SignInAsync(string user)
    {
        var client = CreateClient();
        using var response = await client.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password",
            ["client_id"] = "krisenstab",
            ["username"] = user,
            ["password"] = "demo",
        }));
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.IsSuccessStatusCode, $"signing in as {user} failed: {body}");
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", body.GetProperty("access_token").GetString());
        return client;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(_dataDirectory, recursive: true);
    }
}

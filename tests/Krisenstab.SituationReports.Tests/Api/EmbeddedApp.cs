using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Krisenstab.Contracts;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Krisenstab.SituationReports.Tests.Api;

/// <summary>
/// The gateway in embedded mode (every module in-process, in-memory bus) over a SQLite data directory of its own,
/// so that no two tests share data. Hands out HTTP clients signed in as one of the demo roles.
/// </summary>
public sealed class EmbeddedApp : WebApplicationFactory<Program>
{
    private readonly string _dataDirectory;
    private readonly bool _keepData;
    private string? _postgres;
    private readonly Dictionary<string, string> _tokens = [];

    public EmbeddedApp()
        : this(Path.Combine(Path.GetTempPath(), "krisenstab-tests", Guid.NewGuid().ToString("N")), keepData: false)
    {
    }

    private EmbeddedApp(string dataDirectory, bool keepData)
    {
        _dataDirectory = dataDirectory;
        _keepData = keepData;
    }

    /// <summary>A second process on this one's data: as after a restart. This app keeps its data when disposed; the other deletes it.</summary>
    public EmbeddedApp Restarted() => new(_dataDirectory, keepData: false);

    /// <summary>The same app with its stores in PostgreSQL (a schema per module) instead of SQLite files.</summary>
    public static EmbeddedApp OnPostgres(string connectionString) => new() { _postgres = connectionString };

    /// <summary>An app that keeps its data when disposed, so that <see cref="Restarted"/> can start on it.</summary>
    public static EmbeddedApp BeforeRestart() =>
        new(Path.Combine(Path.GetTempPath(), "krisenstab-tests", Guid.NewGuid().ToString("N")), keepData: true);

    public static JsonSerializerOptions Json => ContractJson.Options;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environments.Development);
        builder.UseSetting("Krisenstab:Mode", "Embedded");
        builder.UseSetting("Krisenstab:Bus:Transport", "InMemory");
        builder.UseSetting("Krisenstab:EventStore:Provider", _postgres is null ? "Sqlite" : "Postgres");
        builder.UseSetting("ConnectionStrings:Postgres", _postgres);
        builder.UseSetting("Krisenstab:EventStore:DataDirectory", _dataDirectory);
    }

    public T Service<T>()
        where T : notnull => Services.GetRequiredService<T>();

    public T KeyedService<T>(string key)
        where T : notnull => Services.GetRequiredKeyedService<T>(key);

    /// <summary>A client whose requests carry a token for the demo user named after <paramref name="role"/>.</summary>
    public async Task<HttpClient> ClientForAsync(string role)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenForAsync(role));
        return client;
    }

    public async Task<string> TokenForAsync(string role)
    {
        if (_tokens.TryGetValue(role, out var cached))
        {
            return cached;
        }
        using var client = CreateClient();
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password",
            ["client_id"] = "krisenstab",
            ["username"] = role,
            ["password"] = "demo",
        });
        using var response = await client.PostAsync(new Uri("/connect/token", UriKind.Relative), form);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return _tokens[role] = body.GetProperty("access_token").GetString()!;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (!_keepData && Directory.Exists(_dataDirectory))
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
    }
}

using System.Net.Http.Headers;
using Krisenstab.Gateway.Auth;
using Krisenstab.ServiceDefaults;
using Krisenstab.ServiceDefaults.Modules;
using Krisenstab.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Krisenstab.Security.Tests.Support;

/// <summary>
/// A process like the embedded gateway — defaults, token issuer, the given modules on their own stores, in-memory bus —
/// for modules the gateway does not host (the test module with personal data), on a test server. Logs go to
/// <see cref="Telemetry"/> at Debug level.
/// </summary>
public sealed class ModuleHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Dictionary<string, string> _tokens = [];

    private ModuleHost(WebApplication app, string dataDirectory, CapturedTelemetry telemetry)
    {
        _app = app;
        DataDirectory = dataDirectory;
        Telemetry = telemetry;
    }

    public string DataDirectory { get; }

    public CapturedTelemetry Telemetry { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<ModuleHost> StartAsync(string? postgres, params IServiceModule[] modules)
    {
        var dataDirectory = Directory.CreateTempSubdirectory("krisenstab-security-").FullName;
        var telemetry = new CapturedTelemetry();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = Environments.Development });
        builder.WebHost.UseTestServer();
        builder.Configuration.AddInMemoryCollection(Settings(dataDirectory, postgres));
        builder.Logging.ClearProviders().AddProvider(telemetry).SetMinimumLevel(LogLevel.Debug);
        builder.AddServiceDefaults();
        builder.AddTokenIssuer();
        builder.AddModules(modules);
        var app = builder.Build();
        app.MapDefaultEndpoints();
        app.MapModules();
        await app.StartAsync();
        return new ModuleHost(app, dataDirectory, telemetry);
    }

    public async Task<HttpClient> ClientForAsync(string role)
    {
        var client = _app.GetTestClient();
        if (!_tokens.TryGetValue(role, out var token))
        {
            _tokens[role] = token = (await PasswordGrant.SignInAsync(client, role, GatewayApp.DemoPassword)).GetProperty("access_token").GetString()!;
        }
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        Telemetry.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(DataDirectory, recursive: true);
    }

    private static Dictionary<string, string?> Settings(string dataDirectory, string? postgres)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Krisenstab:Mode"] = "Embedded",
            ["Krisenstab:Bus:Transport"] = "InMemory",
            ["Krisenstab:EventStore:Provider"] = postgres is null ? "Sqlite" : "Postgres",
            ["Krisenstab:EventStore:DataDirectory"] = dataDirectory,
            ["ConnectionStrings:Postgres"] = postgres,
            // Two cores shared by many test processes fall behind often: no command is shed here (OverloadSheddingTests does that).
            ["Krisenstab:Overload:MaxSchedulingDelay"] = "00:00:00",
        };
        for (var i = 0; i < Roles.All.Count; i++)
        {
            settings[$"Krisenstab:Auth:Users:{i}:Name"] = Roles.All[i];
            settings[$"Krisenstab:Auth:Users:{i}:Password"] = GatewayApp.DemoPassword;
            settings[$"Krisenstab:Auth:Users:{i}:Roles:0"] = Roles.All[i];
        }
        return settings;
    }
}

using System.Net;
using System.Text.Json;
using Krisenstab.Testing;

namespace Krisenstab.EndToEnd.Tests.Support;

/// <summary>
/// Distributed mode as it runs in production: one service host process per module and the gateway routing to them,
/// on a fresh PostgreSQL database and a fresh RabbitMQ vhost; ready when every process answers its readiness check.
/// Disposing stops the processes and removes the data.
/// </summary>
public sealed class DistributedRun : IAsyncDisposable
{
    private readonly PostgresDatabase _database;
    private readonly RabbitMqVirtualHost _vhost;
    private readonly string _dataDirectory;

    private DistributedRun(PostgresDatabase database, RabbitMqVirtualHost vhost, string dataDirectory, IReadOnlyDictionary<string, AppProcess> services, AppProcess gateway)
    {
        _database = database;
        _vhost = vhost;
        _dataDirectory = dataDirectory;
        Services = services;
        Gateway = gateway;
        Http = new HttpClient { BaseAddress = gateway.Address };
    }

    public IReadOnlyDictionary<string, AppProcess> Services { get; }

    public AppProcess Gateway { get; }

    /// <summary>A client of the gateway, without a token.</summary>
    public HttpClient Http { get; }

    /// <summary>Every process's error output, for failure messages.</summary>
    public string Errors => string.Join('\n', Services.Select(s => $"[{s.Key}] {s.Value.Errors}").Append($"[gateway] {Gateway.Errors}"));

    public static async Task<DistributedRun> StartAsync(params string[] modules)
    {
        var database = await PostgresDatabase.CreateAsync();
        var vhost = await RabbitMqVirtualHost.CreateAsync();
        var dataDirectory = Directory.CreateTempSubdirectory("krisenstab-e2e-").FullName;
        var gatewayPort = AppProcess.FreePort();
        var issuer = $"http://127.0.0.1:{gatewayPort}/";
        var services = modules.ToDictionary(m => m, m => AppProcess.Start(BuiltApps.ServiceHost, ServiceHost(m, issuer, database, vhost)));
        var gatewaySettings = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["Krisenstab__Mode"] = "Distributed",
            ["Krisenstab__Auth__Issuer"] = issuer,
            ["Krisenstab__EventStore__DataDirectory"] = dataDirectory,
            ["Krisenstab__Overload__MaxSchedulingDelay"] = NoShedding,
        };
        foreach (var (module, process) in services)
        {
            gatewaySettings[$"Krisenstab__Services__{module}"] = process.Address.ToString();
        }
        var run = new DistributedRun(database, vhost, dataDirectory, services, AppProcess.Start(BuiltApps.Gateway, gatewaySettings, gatewayPort));
        try
        {
            await Task.WhenAll(services.Values.Append(run.Gateway).Select(p => p.WaitUntilReadyAsync()));
            return run;
        }
        catch
        {
            await run.DisposeAsync();
            throw;
        }
    }

    /// <summary>POSTs through the gateway and asserts the status; the answer's JSON (every process's errors on failure).</summary>
    public async Task<JsonElement> PostAsync(string token, string path, object body, HttpStatusCode expected = HttpStatusCode.Created)
    {
        using var response = await Http.SendAsync(Tokens.Authorized(HttpMethod.Post, path, token, Tokens.Json(body)));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{path}: {(int)response.StatusCode} {text}\n{Errors}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>POSTs a creation (201) and returns the new id.</summary>
    public async Task<Guid> CreatedAsync(string token, string path, object body) => (await PostAsync(token, path, body)).GetProperty("id").GetGuid();


    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Gateway.DisposeAsync();
        foreach (var service in Services.Values)
        {
            await service.DisposeAsync();
        }
        Directory.Delete(_dataDirectory, recursive: true);
        await _vhost.DisposeAsync();
        await _database.DisposeAsync();
    }

    private static Dictionary<string, string> ServiceHost(string modules, string issuer, PostgresDatabase database, RabbitMqVirtualHost vhost) => new()
    {
        ["Krisenstab__Mode"] = "Distributed",
        ["Krisenstab__Modules"] = modules,
        ["Krisenstab__Auth__Authority"] = issuer,
        ["Krisenstab__EventStore__Provider"] = "Postgres",
        ["ConnectionStrings__Postgres"] = database.ConnectionString,
        ["Krisenstab__Bus__Transport"] = "RabbitMQ",
        ["ConnectionStrings__RabbitMQ"] = vhost.ConnectionString,
        ["Krisenstab__Overload__MaxSchedulingDelay"] = NoShedding,
    };

    /// <summary>The test processes share two cores and fall behind often: none of them sheds a command.</summary>
    private const string NoShedding = "00:00:00";
}

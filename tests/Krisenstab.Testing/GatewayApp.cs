using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Krisenstab.Contracts;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Krisenstab.Testing;

/// <summary>
/// The gateway in embedded mode (every module in-process, in-memory bus) over a SQLite data directory of its own — or
/// its own PostgreSQL database — so that no two tests share data; optionally with a fake clock and extra settings.
/// Hands out tokens, signed-in HTTP clients and hub connections for the development users (staff, head, press, analyst, admin).
/// </summary>
public class GatewayApp : WebApplicationFactory<Program>
{
    public const string DemoPassword = "demo";

    private readonly string? _postgres;
    private readonly TimeProvider? _time;
    private readonly IReadOnlyDictionary<string, string> _settings;
    private readonly bool _keepData;
    private readonly Dictionary<string, string> _tokens = [];

    public GatewayApp(string? postgres = null, TimeProvider? time = null, IReadOnlyDictionary<string, string>? settings = null)
        : this(NewDataDirectory(), keepData: false, postgres, time, settings)
    {
    }

    private GatewayApp(string dataDirectory, bool keepData, string? postgres = null, TimeProvider? time = null, IReadOnlyDictionary<string, string>? settings = null)
    {
        DataDirectory = dataDirectory;
        _keepData = keepData;
        _postgres = postgres;
        _time = time;
        _settings = settings ?? new Dictionary<string, string>();
    }

    /// <summary>The JSON shape of every API and event.</summary>
    public static JsonSerializerOptions Json => ContractJson.Options;

    public string DataDirectory { get; }

    /// <summary>An app that keeps its data when disposed, so that <see cref="Restarted"/> can start on it.</summary>
    public static GatewayApp BeforeRestart() => new(NewDataDirectory(), keepData: true);

    /// <summary>A second process on this one's data, as after a restart; it deletes the data when disposed.</summary>
    public GatewayApp Restarted() => new(DataDirectory, keepData: false, _postgres, _time, _settings);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environments.Development);
        builder.UseSetting("Krisenstab:Mode", "Embedded");
        builder.UseSetting("Krisenstab:Bus:Transport", "InMemory");
        builder.UseSetting("Krisenstab:EventStore:Provider", _postgres is null ? "Sqlite" : "Postgres");
        builder.UseSetting("Krisenstab:EventStore:DataDirectory", DataDirectory);
        builder.UseSetting("ConnectionStrings:Postgres", _postgres);
        // Tests run many processes on two cores at once: a command waiting its turn gets longer than in production before it
        // is answered 503, so only the backpressure tests (which set their own QueueTimeout) meet an overload.
        builder.UseSetting("Krisenstab:Commands:QueueTimeout", "00:00:30");
        // For the same reason no command is shed for a server that is behind; the overload tests turn it on.
        builder.UseSetting("Krisenstab:Overload:MaxSchedulingDelay", "00:00:00");
        if (_time is not null)
        {
            // Access tokens live 15 minutes by the clock they are validated with: a test moving a fake clock keeps its token.
            builder.UseSetting("Krisenstab:Auth:AccessTokenLifetime", "30.00:00:00");
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

    /// <summary>
    /// Starts the app on a real Kestrel port on 127.0.0.1 (0: any free one), for a browser; returns its address.
    /// <see cref="ClientForAsync"/> and the tokens then go through that port too.
    /// </summary>
    public Uri StartOnLoopback(int port = 0)
    {
        UseKestrel(options => options.Listen(IPAddress.Loopback, port));
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new Uri(address);
    }

    public T Service<T>()
        where T : notnull => Services.GetRequiredService<T>();

    public T KeyedService<T>(string key)
        where T : notnull => Services.GetRequiredKeyedService<T>(key);

    /// <summary>A client whose requests carry a token for the development user <paramref name="user"/>.</summary>
    public async Task<HttpClient> ClientForAsync(string user)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenForAsync(user));
        return client;
    }

    /// <summary>An access token from the gateway's own issuer (password grant), fetched once per user.</summary>
    public async Task<string> TokenForAsync(string user)
    {
        if (_tokens.TryGetValue(user, out var cached))
        {
            return cached;
        }
        using var client = CreateClient();
        var body = await PasswordGrant.SignInAsync(client, user, DemoPassword);
        return _tokens[user] = body.GetProperty("access_token").GetString()!;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
        if (!_keepData && Directory.Exists(DataDirectory))
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
    }

    private static string NewDataDirectory() => Directory.CreateTempSubdirectory("krisenstab-tests-").FullName;
}

using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using Krisenstab.Gateway;
using Krisenstab.Gateway.Auth;
using Krisenstab.Simulator.Options;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Krisenstab.Simulator.Embedded;

/// <summary>
/// The whole system as the gateway's run command starts it (embedded: every module, SQLite, in-memory bus), hosted in
/// the simulator's process on a loopback port with <see cref="SimulatedClock"/> as its clock, so that a past crisis gets
/// past timestamps. The simulator still speaks to it only over HTTP, as two machine clients configured here (the
/// documented way, <c>Krisenstab:Auth:Clients</c>) with secrets made for this run and never shown.
/// </summary>
public sealed class EmbeddedInstallation : IAsyncDisposable
{
    public const string OperatorId = "simulator";
    public const string ApproverId = "simulator-approver";

    private readonly WebApplication _app;

    private EmbeddedInstallation(WebApplication app, Uri address, ClientCredentials operatorClient, ClientCredentials approver)
    {
        _app = app;
        Address = address;
        Operator = operatorClient;
        Approver = approver;
    }

    public Uri Address { get; }
    public ClientCredentials Operator { get; }
    public ClientCredentials Approver { get; }

    public static async Task<EmbeddedInstallation> StartAsync(string dataDirectory, SimulatedClock clock, IReadOnlyDictionary<string, int> towns, CancellationToken cancellationToken)
    {
        var operatorClient = new ClientCredentials(OperatorId, NewSecret());
        var approver = new ClientCredentials(ApproverId, NewSecret());
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = Environments.Production, ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(Settings(dataDirectory, operatorClient, approver, towns));
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<TimeProvider>(clock);
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        builder.AddGateway();
        var app = builder.Build();
        app.MapGateway();
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new EmbeddedInstallation(app, new Uri(address), operatorClient, approver);
    }

    private static Dictionary<string, string?> Settings(string dataDirectory, ClientCredentials operatorClient, ClientCredentials approver, IReadOnlyDictionary<string, int> towns)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Krisenstab:Mode"] = "Embedded",
            ["Krisenstab:Bus:Transport"] = "InMemory",
            ["Krisenstab:EventStore:Provider"] = "Sqlite",
            ["Krisenstab:EventStore:DataDirectory"] = dataDirectory,
            // The operator plans and reports as head of staff (and reads the export as analyst); the approver is the second pair of eyes.
            [$"{MachineClients.SectionName}:0:ClientId"] = operatorClient.ClientId,
            [$"{MachineClients.SectionName}:0:SecretHash"] = UserDirectory.HashPassword(operatorClient.Secret),
            [$"{MachineClients.SectionName}:0:Roles:0"] = "head",
            [$"{MachineClients.SectionName}:0:Roles:1"] = "analyst",
            [$"{MachineClients.SectionName}:1:ClientId"] = approver.ClientId,
            [$"{MachineClients.SectionName}:1:SecretHash"] = UserDirectory.HashPassword(approver.Secret),
            [$"{MachineClients.SectionName}:1:Roles:0"] = "head",
            [$"{MachineClients.SectionName}:1:Roles:1"] = "press",
            // The clock runs weeks in minutes: a token would expire between two steps, a sign-in window would close at once.
            ["Krisenstab:Auth:AccessTokenLifetime"] = "3650.00:00:00",
            ["Krisenstab:RateLimits:Api:PermitLimit"] = "1000000",
            ["Krisenstab:RateLimits:Token:PermitLimit"] = "1000",
            // Sweeps keep real time: run them often enough that overdue tasks and expired reservations show in compressed time.
            ["Krisenstab:Tasking:SweepInterval"] = "00:00:02",
            ["Krisenstab:Accommodation:ExpirySweepInterval"] = "00:00:02",
            ["Krisenstab:Commands:QueueTimeout"] = "00:00:30",
            // The script is played as fast as the installation takes it: its commands wait their turn rather than being shed.
            ["Krisenstab:Overload:MaxSchedulingDelay"] = "00:00:00",
        };
        foreach (var (town, residents) in towns)
        {
            settings[$"Krisenstab:Accommodation:Towns:{town}"] = residents.ToString(CultureInfo.InvariantCulture);
        }
        return settings;
    }

    private static string NewSecret() => Convert.ToHexString(RandomNumberGenerator.GetBytes(24));

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

using Krisenstab.Contracts;
using Krisenstab.Testing;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Krisenstab.Dashboard.Tests.Support;

/// <summary>
/// The embedded gateway on a real Kestrel port, for hub tests that need real sockets: a client that stops reading
/// makes the server's writes wait, as over a slow network (the in-memory test server buffers without limit).
/// </summary>
public sealed class KestrelGatewayApp : GatewayApp
{
    private KestrelGatewayApp()
    {
    }

    public Uri Address { get; private set; } = null!;

    public static KestrelGatewayApp Start()
    {
        var app = new KestrelGatewayApp();
        app.UseKestrel(0);
        app.StartServer();
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        app.Address = new Uri(addresses.First());
        return app;
    }

    /// <summary>A hub connection over a real WebSocket, signed in as <paramref name="user"/>; not started yet.</summary>
    public async Task<HubConnection> HubConnectionAsync(string user)
    {
        var token = await TokenForAsync(user);
        return new HubConnectionBuilder()
            .WithUrl(new Uri(Address, HubConnections.SituationHubPath), HttpTransportType.WebSockets, options =>
            {
                options.SkipNegotiation = true;
                options.AccessTokenProvider = () => Task.FromResult<string?>(token);
            })
            .AddJsonProtocol(options => ContractJson.Configure(options.PayloadSerializerOptions))
            .Build();
    }
}

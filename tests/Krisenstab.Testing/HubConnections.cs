using Krisenstab.Contracts;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Krisenstab.Testing;

public static class HubConnections
{
    public const string SituationHubPath = "/hubs/situation";

    /// <summary>A started connection to a hub over the test server's WebSockets, signed in as <paramref name="user"/> (or anonymous).</summary>
    public static async Task<HubConnection> ConnectHubAsync(this GatewayApp app, string? user, string path = SituationHubPath)
    {
        var token = user is null ? null : await app.TokenForAsync(user);
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(app.Server.BaseAddress, path), HttpTransportType.WebSockets, options =>
            {
                options.SkipNegotiation = true;
                options.WebSocketFactory = async (context, cancellationToken) =>
                {
                    var client = app.Server.CreateWebSocketClient();
                    if (token is not null)
                    {
                        client.ConfigureRequest = request => request.Headers.Authorization = $"Bearer {token}";
                    }
                    return await client.ConnectAsync(context.Uri, cancellationToken);
                };
            })
            .AddJsonProtocol(options => ContractJson.Configure(options.PayloadSerializerOptions))
            .Build();
        await connection.StartAsync();
        return connection;
    }
}

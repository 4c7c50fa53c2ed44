using Krisenstab.Contracts;
using Krisenstab.Dashboard.Hubs;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Krisenstab.SituationReports.Tests.Api;

public static class HubConnections
{
    /// <summary>A started connection to the situation hub over the test server's WebSockets, signed in as <paramref name="role"/> (or anonymous).</summary>
    public static async Task<HubConnection> ConnectHubAsync(this EmbeddedApp app, string? role)
    {
        var token = role is null ? null : await app.TokenForAsync(role);
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(app.Server.BaseAddress, SituationHub.Path), HttpTransportType.WebSockets, options =>
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

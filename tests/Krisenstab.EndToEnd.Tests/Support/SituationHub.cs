using System.Collections.Concurrent;
using System.Net.WebSockets;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.Http.Connections.Client;
using Microsoft.AspNetCore.SignalR.Client;

namespace Krisenstab.EndToEnd.Tests.Support;

/// <summary>
/// A dashboard client on <c>/hubs/situation</c> over WebSockets only, with the token in the query string as a
/// browser sends it. It follows every crisis and collects the pictures pushed to it.
/// </summary>
public sealed class SituationHub : IAsyncDisposable
{
    /// <summary>The hub contract of the Dashboard module (services/Dashboard/Hubs).</summary>
    public const string PictureChanged = "pictureChanged";
    public const string CrisisOpened = "crisisOpened";
    public const string JoinAllCrises = "JoinAllCrises";

    private readonly HubConnection _connection;

    private SituationHub(HubConnection connection)
    {
        _connection = connection;
        _connection.On<Picture>(PictureChanged, Pictures.Enqueue);
        _connection.On<Picture>(CrisisOpened, Pictures.Enqueue);
    }

    public ConcurrentQueue<Picture> Pictures { get; } = new();

    /// <param name="connect">Opens the WebSocket to the given URI (a test server's or a real ClientWebSocket).</param>
    public static async Task<SituationHub> ConnectAsync(Uri gateway, string token, Func<Uri, CancellationToken, Task<WebSocket>> connect)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(gateway, "/hubs/situation"), options =>
            {
                options.Transports = HttpTransportType.WebSockets;
                options.SkipNegotiation = true;
                options.AccessTokenProvider = () => Task.FromResult<string?>(token);
                options.WebSocketFactory = (context, cancellationToken) => OpenAsync(context, connect, cancellationToken);
            })
            .Build();
        var hub = new SituationHub(connection);
        await connection.StartAsync();
        await connection.InvokeAsync<object>(JoinAllCrises);
        return hub;
    }

    public static async Task<WebSocket> ConnectClientWebSocketAsync(Uri uri, CancellationToken cancellationToken)
    {
        var socket = new ClientWebSocket();
        await socket.ConnectAsync(uri, cancellationToken);
        return socket;
    }

    public Task WaitForCrisisAsync(Guid crisisId, string name) =>
        Testing.Eventually.TrueAsync(
            () => Pictures.Any(picture => picture.CrisisId == crisisId && picture.Name == name),
            $"the hub to push the picture of crisis {crisisId}");

    public ValueTask DisposeAsync() => _connection.DisposeAsync();

    private static async ValueTask<WebSocket> OpenAsync(
        WebSocketConnectionContext context, Func<Uri, CancellationToken, Task<WebSocket>> connect, CancellationToken cancellationToken)
    {
        var token = await context.Options.AccessTokenProvider!();
        var uri = new UriBuilder(context.Uri);
        uri.Query = (uri.Query.Length > 1 ? uri.Query[1..] + "&" : "") + "access_token=" + Uri.EscapeDataString(token!);
        return await connect(uri.Uri, cancellationToken);
    }

    public sealed record Picture(Guid CrisisId, string? Name, string? Region);
}

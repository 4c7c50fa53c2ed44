using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace Krisenstab.Dashboard.Tests.Support;

/// <summary>
/// A hub client on a line that stops carrying data: it speaks SignalR's JSON protocol over a raw WebSocket and reads
/// only when asked, so while it does not read, the socket's buffers fill and the server's writes to it wait — what a
/// slow or congested network does. (SignalR's own clients read ahead into memory, so they cannot show this.)
/// </summary>
public sealed class UnreadHubClient : IAsyncDisposable
{
    private const char RecordSeparator = '\u001e';

    private readonly ClientWebSocket _socket = new();
    private readonly StringBuilder _unparsed = new();
    private readonly byte[] _buffer = new byte[64 * 1024];

    public static async Task<UnreadHubClient> ConnectAsync(Uri hub, string token)
    {
        var client = new UnreadHubClient();
        var url = new UriBuilder(hub) { Scheme = hub.Scheme == "https" ? "wss" : "ws", Query = $"access_token={Uri.EscapeDataString(token)}" }.Uri;
        await client._socket.ConnectAsync(url, CancellationToken.None);
        await client.SendAsync("""{"protocol":"json","version":1}""");
        await client.ReadMessageAsync();
        return client;
    }

    /// <summary>Calls a hub method without waiting for its answer (the answer is read with the pushes).</summary>
    public Task InvokeAsync(string target, params object[] arguments) =>
        SendAsync(JsonSerializer.Serialize(new { type = 1, invocationId = Guid.NewGuid().ToString("N"), target, arguments }));

    /// <summary>Reads up to the next whole message; null when the server closed the connection.</summary>
    public async Task<JsonElement?> ReadMessageAsync()
    {
        while (true)
        {
            var text = _unparsed.ToString();
            var end = text.IndexOf(RecordSeparator, StringComparison.Ordinal);
            if (end >= 0)
            {
                _unparsed.Remove(0, end + 1);
                return JsonDocument.Parse(text[..end]).RootElement.Clone();
            }
            var received = await _socket.ReceiveAsync(_buffer, CancellationToken.None);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }
            _unparsed.Append(Encoding.UTF8.GetString(_buffer, 0, received.Count));
        }
    }

    public async ValueTask DisposeAsync()
    {
        _socket.Abort();
        _socket.Dispose();
        await Task.CompletedTask;
    }

    private Task SendAsync(string message) =>
        _socket.SendAsync(Encoding.UTF8.GetBytes(message + RecordSeparator), WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);
}

using Microsoft.AspNetCore.SignalR;

namespace Krisenstab.Dashboard.Hubs;

/// <summary>
/// How the hub and its clients tell a dead connection from a busy one. Both sides ping every
/// <see cref="KeepAlive"/> and give the other <see cref="Timeout"/> (several missed pings) before calling it dead,
/// so a server or browser that is slow for a while under load keeps its connections. The page's hub client must
/// use the same values: <c>keepAliveIntervalInMilliseconds = 10000</c>, <c>serverTimeoutInMilliseconds = 45000</c>.
/// </summary>
public static class HubTimings
{
    public static TimeSpan KeepAlive { get; } = TimeSpan.FromSeconds(10);

    public static TimeSpan Timeout { get; } = TimeSpan.FromSeconds(45);

    public static TimeSpan Handshake { get; } = TimeSpan.FromSeconds(15);

    public static void Apply(HubOptions options)
    {
        options.KeepAliveInterval = KeepAlive;
        options.ClientTimeoutInterval = Timeout;
        options.HandshakeTimeout = Handshake;
    }
}

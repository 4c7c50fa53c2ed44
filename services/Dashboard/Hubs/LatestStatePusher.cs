using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Logging;

namespace Krisenstab.Dashboard.Hubs;

/// <summary>
/// Sends whole states to hub connections so that a client that falls behind is caught up by the latest state, not
/// by a growing buffer. Per connection and slot (a client method and its subject, e.g. <c>pictureChanged</c> of one
/// crisis) at most one send is under way and one state waits; a newer state replaces the waiting one. Every push is
/// a whole state, so coalescing loses only the intermediate feed lines — the version jump tells the page to re-read.
/// Nothing waits on a slow client: the projections hand a state over and go on folding.
/// </summary>
public sealed partial class LatestStatePusher(IHubContext<SituationHub> hub, ILogger<LatestStatePusher> logger)
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<PushSlot, Slot>> _connections = new();
    private int _waiting;

    /// <summary>States handed over and not yet being sent; at most one per connection and slot.</summary>
    public int Waiting => Volatile.Read(ref _waiting);

    /// <summary>A connection to push to from now on (until <see cref="Forget"/>).</summary>
    public void Open(string connectionId) => _connections.TryAdd(connectionId, new());

    /// <summary>Hands the state over for the connection's slot and returns at once; ignored for a connection not open.</summary>
    public void Push(string connectionId, PushSlot slot, object state)
    {
        if (!_connections.TryGetValue(connectionId, out var slots))
        {
            return;
        }
        var waiting = slots.GetOrAdd(slot, _ => new Slot());
        bool start;
        lock (waiting)
        {
            if (waiting.Pending is null)
            {
                Interlocked.Increment(ref _waiting);
            }
            waiting.Pending = state;
            start = !waiting.Sending;
            waiting.Sending = true;
        }
        if (start)
        {
            _ = Task.Run(() => DrainAsync(connectionId, slot, waiting));
        }
    }

    /// <summary>Drops a closed connection's slots and what waits in them; a send under way ends on its own.</summary>
    public void Forget(string connectionId)
    {
        if (!_connections.TryRemove(connectionId, out var slots))
        {
            return;
        }
        foreach (var waiting in slots.Values)
        {
            lock (waiting)
            {
                if (waiting.Pending is not null)
                {
                    waiting.Pending = null;
                    Interlocked.Decrement(ref _waiting);
                }
            }
        }
    }

    private async Task DrainAsync(string connectionId, PushSlot slot, Slot waiting)
    {
        while (true)
        {
            object state;
            lock (waiting)
            {
                if (waiting.Pending is null)
                {
                    waiting.Sending = false;
                    return;
                }
                state = waiting.Pending;
                waiting.Pending = null;
                Interlocked.Decrement(ref _waiting);
            }
            try
            {
                await hub.Clients.Client(connectionId).SendAsync(slot.Method, state);
            }
            catch (Exception error)
            {
                LogSendFailed(error, slot.Method, connectionId);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Pushing {Method} to hub connection {ConnectionId} failed")]
    private partial void LogSendFailed(Exception error, string method, string connectionId);

    private sealed class Slot
    {
        public object? Pending { get; set; }

        public bool Sending { get; set; }
    }
}

using System.Collections.Concurrent;

namespace Krisenstab.Dashboard.Replay;

/// <summary>
/// Who watches which replay: the replay's own audience on the situation hub, apart from the live followers in
/// <see cref="Hubs.HubAudience"/>, so a replay's frames reach only its viewers and no live push reaches them for it.
/// </summary>
public sealed class ReplayAudience
{
    private readonly ConcurrentDictionary<Guid, ConcurrentDictionary<string, byte>> _viewers = new();

    public void Watch(string connectionId, Guid replayId) => _viewers.GetOrAdd(replayId, _ => new())[connectionId] = 0;

    public void Unwatch(string connectionId, Guid replayId)
    {
        if (_viewers.TryGetValue(replayId, out var viewers))
        {
            viewers.TryRemove(connectionId, out _);
        }
    }

    public void Disconnected(string connectionId)
    {
        foreach (var viewers in _viewers.Values)
        {
            viewers.TryRemove(connectionId, out _);
        }
    }

    public void Forget(Guid replayId) => _viewers.TryRemove(replayId, out _);

    public IReadOnlyCollection<string> Of(Guid replayId) => _viewers.TryGetValue(replayId, out var viewers) ? [.. viewers.Keys] : [];
}

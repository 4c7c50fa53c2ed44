using System.Collections.Concurrent;

namespace Krisenstab.Dashboard.Hubs;

/// <summary>
/// Who is connected to the situation hub and what each connection follows: all crises, or some of them. Kept by
/// <see cref="SituationHub"/>; the notifiers ask it whom a push is for, so that each connection gets its own latest
/// state (<see cref="LatestStatePusher"/>) and one slow client holds back no one else.
/// </summary>
public sealed class HubAudience
{
    private readonly ConcurrentDictionary<string, Interest> _connections = new();

    public void Connected(string connectionId) => _connections.TryAdd(connectionId, new Interest());

    public void Disconnected(string connectionId) => _connections.TryRemove(connectionId, out _);

    public void Follow(string connectionId, Guid crisisId) => Of(connectionId).Change(i => i.Crises.Add(crisisId));

    public void Unfollow(string connectionId, Guid crisisId) => Of(connectionId).Change(i => i.Crises.Remove(crisisId));

    public void FollowAll(string connectionId) => Of(connectionId).Change(i => i.AllCrises = true);

    public void UnfollowAll(string connectionId) => Of(connectionId).Change(i => i.AllCrises = false);

    public IEnumerable<string> Everyone => _connections.Keys;

    /// <summary>The connections following the crisis (or all crises).</summary>
    public IEnumerable<string> Following(Guid crisisId) => _connections.Where(c => c.Value.Covers(crisisId)).Select(c => c.Key);

    /// <summary>The connections following all crises or at least one of <paramref name="crisisIds"/>.</summary>
    public IEnumerable<string> FollowingAnyOf(IReadOnlySet<Guid> crisisIds) =>
        _connections.Where(c => c.Value.CoversAnyOf(crisisIds)).Select(c => c.Key);

    private Interest Of(string connectionId) => _connections.GetOrAdd(connectionId, _ => new Interest());

    private sealed class Interest
    {
        private readonly Lock _lock = new();

        public bool AllCrises { get; set; }

        public HashSet<Guid> Crises { get; } = [];

        public void Change(Action<Interest> change)
        {
            lock (_lock)
            {
                change(this);
            }
        }

        public bool Covers(Guid crisisId)
        {
            lock (_lock)
            {
                return AllCrises || Crises.Contains(crisisId);
            }
        }

        public bool CoversAnyOf(IReadOnlySet<Guid> crisisIds)
        {
            lock (_lock)
            {
                return AllCrises || Crises.Overlaps(crisisIds);
            }
        }
    }
}

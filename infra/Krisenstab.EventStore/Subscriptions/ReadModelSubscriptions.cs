using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace Krisenstab.EventStore;

/// <summary>The subscriptions per store that queries answer from (<see cref="EventSubscriptionOptions.ServesReads"/>), as the host created them.</summary>
public sealed class ReadModelSubscriptions
{
    private readonly ConcurrentDictionary<string, ImmutableArray<EventSubscription>> _byStore = new(StringComparer.Ordinal);

    public IReadOnlyList<EventSubscription> Of(string storeName) => _byStore.GetValueOrDefault(storeName, []);

    internal void Add(string storeName, EventSubscription subscription) =>
        _byStore.AddOrUpdate(storeName, [subscription], (_, known) => known.Add(subscription));
}

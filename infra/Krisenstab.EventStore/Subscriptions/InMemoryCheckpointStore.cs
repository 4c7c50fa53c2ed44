using System.Collections.Concurrent;

namespace Krisenstab.EventStore;

/// <summary>
/// Checkpoints of read models that live in memory: forgotten with them, so every start rebuilds the read model
/// from the start of the store (a persisted checkpoint with an in-memory read model would lose it on restart).
/// </summary>
public sealed class InMemoryCheckpointStore : ICheckpointStore
{
    private readonly ConcurrentDictionary<string, long> _positions = new(StringComparer.Ordinal);

    public Task<long?> LoadAsync(string subscriptionId, CancellationToken cancellationToken = default) =>
        Task.FromResult(_positions.TryGetValue(subscriptionId, out var position) ? position : (long?)null);

    public Task StoreAsync(string subscriptionId, long position, CancellationToken cancellationToken = default)
    {
        _positions[subscriptionId] = position;
        return Task.CompletedTask;
    }
}

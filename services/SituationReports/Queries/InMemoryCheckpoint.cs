using Krisenstab.EventStore;

namespace Krisenstab.SituationReports.Queries;

/// <summary>The checkpoint of a read model that lives in memory: forgotten with it, so a restart rebuilds from the start.</summary>
internal sealed class InMemoryCheckpoint : ICheckpointStore
{
    private long? _position;

    public Task<long?> LoadAsync(string subscriptionId, CancellationToken cancellationToken = default) => Task.FromResult(_position);

    public Task StoreAsync(string subscriptionId, long position, CancellationToken cancellationToken = default)
    {
        _position = position;
        return Task.CompletedTask;
    }
}

namespace Krisenstab.EventStore;

/// <summary>Where a subscription remembers the last global position it has handled; lives in the same database as the events.</summary>
public interface ICheckpointStore
{
    /// <summary>The stored position, or null if the subscription has never handled anything.</summary>
    Task<long?> LoadAsync(string subscriptionId, CancellationToken cancellationToken = default);

    Task StoreAsync(string subscriptionId, long position, CancellationToken cancellationToken = default);
}

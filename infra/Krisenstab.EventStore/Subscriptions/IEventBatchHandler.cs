namespace Krisenstab.EventStore;

/// <summary>Handles a batch of a subscription; created in a fresh DI scope for each batch.</summary>
public interface IEventBatchHandler
{
    /// <summary>Return only once the batch's effect is committed: the checkpoint moves past it next.</summary>
    Task HandleAsync(IReadOnlyList<RecordedEvent> events, CancellationToken cancellationToken);
}

namespace Krisenstab.EventStore;

/// <summary>
/// A consumer's memory of the messages it has handled (de-duplication), kept in the same database as its events.
/// </summary>
public interface IInbox
{
    Task<bool> HasProcessedAsync(string consumer, Guid messageId, CancellationToken cancellationToken = default);

    /// <summary>Records the message as handled; marking it again is harmless.</summary>
    Task MarkProcessedAsync(string consumer, Guid messageId, CancellationToken cancellationToken = default);
}

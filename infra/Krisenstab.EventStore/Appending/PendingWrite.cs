namespace Krisenstab.EventStore.Appending;

/// <summary>
/// One caller's write waiting in the group-commit queue. The writer runs it inside the batch's transaction, then
/// answers the caller only after the commit (<see cref="Complete"/>) or hands it the batch's failure.
/// </summary>
internal abstract class PendingWrite(CancellationToken cancellationToken)
{
    public CancellationToken CancellationToken { get; } = cancellationToken;

    /// <summary>Writes inside the batch; an error of its own is kept for <see cref="Complete"/>, one that breaks the transaction is thrown.</summary>
    public abstract Task WriteAsync(WriteBatch batch, string savepoint);

    /// <summary>After the commit: the caller gets what <see cref="WriteAsync"/> stored, or its own error.</summary>
    public abstract void Complete();

    /// <summary>After the commit: the highest global position it stored (0 for a write that stores no event, or failed).</summary>
    public virtual long LastPosition => 0;

    public abstract void Fail(Exception exception);

    public abstract void Cancel();
}

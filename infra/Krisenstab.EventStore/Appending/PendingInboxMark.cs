namespace Krisenstab.EventStore.Appending;

/// <summary>
/// A consumer's "handled" mark for one message, committed with the batch it lands in: under load a store's inbox marks
/// share the appends' commit instead of each costing a flush of its own.
/// </summary>
internal sealed class PendingInboxMark(string consumer, Guid messageId, DateTimeOffset at, CancellationToken cancellationToken) : PendingWrite(cancellationToken)
{
    private readonly TaskCompletionSource _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Task => _completion.Task;

    public override Task WriteAsync(WriteBatch batch, string savepoint) => batch.MarkProcessedAsync(consumer, messageId, at, CancellationToken.None);

    public override void Complete() => _completion.TrySetResult();

    public override void Fail(Exception exception) => _completion.TrySetException(exception);

    public override void Cancel() => _completion.TrySetCanceled(CancellationToken);
}

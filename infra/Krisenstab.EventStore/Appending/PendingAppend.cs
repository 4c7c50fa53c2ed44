using System.Data.Common;

namespace Krisenstab.EventStore.Appending;

/// <summary>One caller's append (to one stream or several at once), waiting in the group-commit queue for the writer.</summary>
internal sealed class PendingAppend(IReadOnlyList<StreamAppend> appends, CancellationToken cancellationToken) : PendingWrite(cancellationToken)
{
    private readonly TaskCompletionSource<IReadOnlyList<AppendResult>> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private IReadOnlyList<AppendResult>? _results;
    private Exception? _error;

    public IReadOnlyList<StreamAppend> Appends { get; } = appends;
    public Task<IReadOnlyList<AppendResult>> Task => _completion.Task;

    /// <summary>The streams it writes, for messages.</summary>
    public string Streams => string.Join("', '", Appends.Select(a => a.Stream.Value));

    /// <summary>Runs the append (all its streams) in its own savepoint; if it fails, rolls back to it so the rest of the batch still commits.</summary>
    public override async Task WriteAsync(WriteBatch batch, string savepoint)
    {
        await batch.SaveAsync(savepoint, CancellationToken.None);
        try
        {
            _results = await StreamAppender.AppendAsync(batch, this, CancellationToken.None);
            await batch.ReleaseAsync(savepoint, CancellationToken.None);
        }
        catch (Exception exception) when (exception is WrongExpectedVersionException or DbException or ArgumentException)
        {
            // If the rollback itself fails the transaction is broken and the whole batch fails (caught by the writer).
            await batch.RollbackToAsync(savepoint, CancellationToken.None);
            _error = exception is DbException db && batch.IsUniqueViolation(db)
                ? new WrongExpectedVersionException($"Stream '{Streams}': another writer stored a clashing event first.", db)
                : exception;
        }
    }

    public override void Complete()
    {
        if (_results is { } results)
        {
            _completion.TrySetResult(results);
        }
        else
        {
            _completion.TrySetException(_error!);
        }
    }

    public override long LastPosition => _results?.Max(r => r.LastGlobalPosition) ?? 0;

    public override void Fail(Exception exception) => _completion.TrySetException(exception);

    public override void Cancel() => _completion.TrySetCanceled(CancellationToken);
}

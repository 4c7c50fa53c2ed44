namespace Krisenstab.EventStore.Appending;

/// <summary>One caller's append (to one stream or several at once), waiting in the group-commit queue for the writer.</summary>
internal sealed class PendingAppend(IReadOnlyList<StreamAppend> appends, CancellationToken cancellationToken)
{
    private readonly TaskCompletionSource<IReadOnlyList<AppendResult>> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public IReadOnlyList<StreamAppend> Appends { get; } = appends;
    public CancellationToken CancellationToken { get; } = cancellationToken;
    public Task<IReadOnlyList<AppendResult>> Task => _completion.Task;

    /// <summary>The streams it writes, for messages.</summary>
    public string Streams => string.Join("', '", Appends.Select(a => a.Stream.Value));

    public void Succeed(IReadOnlyList<AppendResult> results) => _completion.TrySetResult(results);

    public void Fail(Exception exception) => _completion.TrySetException(exception);

    public void Cancel() => _completion.TrySetCanceled(CancellationToken);
}

namespace Krisenstab.EventStore.Appending;

/// <summary>One caller's append, waiting in the group-commit queue for the writer.</summary>
internal sealed class PendingAppend(StreamName stream, ExpectedVersion expected, IReadOnlyList<EventData> events, CancellationToken cancellationToken)
{
    private readonly TaskCompletionSource<AppendResult> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public StreamName Stream { get; } = stream;
    public ExpectedVersion Expected { get; } = expected;
    public IReadOnlyList<EventData> Events { get; } = events;
    public CancellationToken CancellationToken { get; } = cancellationToken;
    public Task<AppendResult> Task => _completion.Task;

    public void Succeed(AppendResult result) => _completion.TrySetResult(result);

    public void Fail(Exception exception) => _completion.TrySetException(exception);

    public void Cancel() => _completion.TrySetCanceled(CancellationToken);
}

namespace Krisenstab.EventStore;

/// <summary>
/// Wakes everyone waiting for "something was appended". A waiter captures the current generation when it
/// starts waiting, so no signal given after that is lost.
/// </summary>
internal sealed class AppendSignal
{
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Notify() =>
        Interlocked.Exchange(ref _next, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();

    /// <summary>
    /// Completes on the next <see cref="Notify"/>, after <paramref name="timeout"/>, or when <paramref name="cancellationToken"/>
    /// is cancelled, whichever comes first; never throws. A subscription cancels its wait on every batch it finds:
    /// throwing then cost an exception per subscription per append, hundreds a second under load.
    /// </summary>
    public async Task WaitAsync(TimeSpan timeout, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        var signalled = Volatile.Read(ref _next).Task;
        using var stopTimer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var timedOut = Task.Delay(timeout, timeProvider, stopTimer.Token);
        await Task.WhenAny(signalled, timedOut);
        await stopTimer.CancelAsync();
    }
}

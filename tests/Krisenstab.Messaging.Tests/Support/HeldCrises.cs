using System.Collections.Concurrent;

namespace Krisenstab.Messaging.Tests.Support;

/// <summary>
/// Crises whose consumer blocks until the host stops (or <see cref="ReleaseAll"/>), as if the process died while
/// handling them; or, with <see cref="FailInstead"/>, fails every attempt.
/// </summary>
public sealed class HeldCrises
{
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _waiting;
    private int _failures;

    public bool FailInstead { get; init; }

    /// <summary>How many attempts failed on purpose.</summary>
    public int Failures => Volatile.Read(ref _failures);

    public ConcurrentDictionary<Guid, bool> Held { get; } = new();

    /// <summary>How many deliveries are blocked right now.</summary>
    public int Waiting => Volatile.Read(ref _waiting);

    /// <summary>Lets every held delivery (and every later one) through.</summary>
    public void ReleaseAll() => _released.TrySetResult();

    public async Task PassAsync(Guid crisisId, CancellationToken cancellationToken)
    {
        if (!Held.ContainsKey(crisisId))
        {
            return;
        }
        if (FailInstead)
        {
            Interlocked.Increment(ref _failures);
            throw new InvalidOperationException("The consumer failed on purpose.");
        }
        Interlocked.Increment(ref _waiting);
        try
        {
            await _released.Task.WaitAsync(cancellationToken);
        }
        finally
        {
            Interlocked.Decrement(ref _waiting);
        }
    }
}

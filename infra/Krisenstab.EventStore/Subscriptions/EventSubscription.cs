using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Krisenstab.EventStore;

/// <summary>
/// Reads every event after the stored checkpoint (catch-up), then follows new appends (woken by the store, polling
/// as the fallback). Each batch goes to the handler; the checkpoint moves only after the handler succeeded, so a
/// restart neither misses nor repeats an event as long as "handler returned" means "its effect is committed".
/// A failing handler gets the same batch again after a growing pause: an event is never skipped.
/// </summary>
public sealed class EventSubscription
{
    private readonly IEventStore _store;
    private readonly ICheckpointStore _checkpoints;
    private readonly Func<IReadOnlyList<RecordedEvent>, CancellationToken, Task> _handler;
    private readonly EventSubscriptionOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private TaskCompletionSource _advanced = NewAdvance();
    private long _position;

    public EventSubscription(
        string subscriptionId,
        IEventStore store,
        ICheckpointStore checkpoints,
        Func<IReadOnlyList<RecordedEvent>, CancellationToken, Task> handler,
        EventSubscriptionOptions? options = null,
        TimeProvider? timeProvider = null,
        ILogger<EventSubscription>? logger = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(subscriptionId);
        SubscriptionId = subscriptionId;
        _store = store ?? throw new ArgumentNullException(nameof(store));
        _checkpoints = checkpoints ?? throw new ArgumentNullException(nameof(checkpoints));
        _handler = handler ?? throw new ArgumentNullException(nameof(handler));
        _options = options ?? new EventSubscriptionOptions();
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(_options.BatchSize);
        _timeProvider = timeProvider ?? TimeProvider.System;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    public string SubscriptionId { get; }

    /// <summary>The global position of the last event handled and checkpointed (0 before the first).</summary>
    public long Position
    {
        get => Volatile.Read(ref _position);
        private set => Volatile.Write(ref _position, value);
    }

    /// <summary>Completes when <see cref="Position"/> has reached <paramref name="position"/>, or after <paramref name="timeout"/>; true if reached.</summary>
    public async Task<bool> WaitForAsync(long position, TimeSpan timeout, CancellationToken cancellationToken)
    {
        // Real time, whatever clock the subscription retries by: the reader waits in real time.
        var started = Stopwatch.GetTimestamp();
        while (true)
        {
            // Take the signal before reading the position, so an advance between the two still wakes this wait.
            var advanced = Volatile.Read(ref _advanced).Task;
            var left = timeout - Stopwatch.GetElapsedTime(started);
            if (Position >= position || left <= TimeSpan.Zero)
            {
                return Position >= position;
            }
            try
            {
                await advanced.WaitAsync(left, cancellationToken);
            }
            catch (TimeoutException)
            {
                return Position >= position;
            }
        }
    }

    /// <summary>Runs until <paramref name="cancellationToken"/> is cancelled; then returns without throwing.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            Position = await WithRetryAsync(ct => _checkpoints.LoadAsync(SubscriptionId, ct), "load its checkpoint", cancellationToken) ?? 0;
            Interlocked.Exchange(ref _advanced, NewAdvance()).TrySetResult();
            while (true)
            {
                await HandleNextBatchOrWaitAsync(cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopped: the checkpoint already holds the last handled batch.
        }
    }

    private async Task HandleNextBatchOrWaitAsync(CancellationToken cancellationToken)
    {
        // Start waiting BEFORE reading, so an append that commits between the read and the wait still wakes us.
        using var wakeUp = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var woken = _store.WaitForAppendAsync(_options.PollInterval, wakeUp.Token);
        var batch = await WithRetryAsync(ct => _store.ReadAllAsync(Position, _options.BatchSize, ct), "read events", cancellationToken);
        if (batch.Count == 0)
        {
            await woken;
            return;
        }
        await wakeUp.CancelAsync();
        await WithRetryAsync(async ct => { await _handler(batch, ct); return true; }, $"handle events {batch[0].GlobalPosition}..{batch[^1].GlobalPosition}", cancellationToken);
        var handled = batch[^1].GlobalPosition;
        await WithRetryAsync(async ct => { await _checkpoints.StoreAsync(SubscriptionId, handled, ct); return true; }, "store its checkpoint", cancellationToken);
        Position = handled;
        Interlocked.Exchange(ref _advanced, NewAdvance()).TrySetResult();
    }

    private static TaskCompletionSource NewAdvance() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private async Task<T> WithRetryAsync<T>(Func<CancellationToken, Task<T>> action, string what, CancellationToken cancellationToken)
    {
        var delay = _options.InitialRetryDelay;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await action(cancellationToken);
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
            {
                _logger.LogError(exception, "Subscription {Subscription} could not {What} (attempt {Attempt}); retrying in {Delay}.",
                    SubscriptionId, what, attempt, delay);
            }
            await Task.Delay(delay, _timeProvider, cancellationToken);
            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, _options.MaxRetryDelay.Ticks));
        }
    }
}

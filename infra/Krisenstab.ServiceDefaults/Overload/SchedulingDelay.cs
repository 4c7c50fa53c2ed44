using System.Diagnostics;
using Microsoft.Extensions.Hosting;

namespace Krisenstab.ServiceDefaults.Overload;

/// <summary>
/// How long work handed to the thread pool now waits before it runs: every <see cref="Interval"/> a probe is queued
/// behind everything else (Kestrel's socket reads and every continuation go through the same queue) and the wait
/// until it runs is kept. While a probe still waits, the wait so far counts, so a stalled pool reads as late at once.
/// This is the wait a request meets before any of its code runs, which no gate further in can see.
/// </summary>
public sealed class SchedulingDelay : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(25);

    private long _queuedAt;
    private long _lastDelayTicks;

    /// <summary>The latest probe's wait, or the wait so far of the probe still queued when that is longer.</summary>
    public TimeSpan Current
    {
        get
        {
            var last = TimeSpan.FromTicks(Volatile.Read(ref _lastDelayTicks));
            var queuedAt = Volatile.Read(ref _queuedAt);
            return queuedAt == 0 ? last : TimeSpan.FromTicks(Math.Max(last.Ticks, Stopwatch.GetElapsedTime(queuedAt).Ticks));
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                if (Volatile.Read(ref _queuedAt) == 0)
                {
                    Volatile.Write(ref _queuedAt, Stopwatch.GetTimestamp());
                    ThreadPool.UnsafeQueueUserWorkItem(static probe => probe.Ran(), this, preferLocal: false);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    private void Ran()
    {
        Volatile.Write(ref _lastDelayTicks, Stopwatch.GetElapsedTime(Volatile.Read(ref _queuedAt)).Ticks);
        Volatile.Write(ref _queuedAt, 0);
    }
}

namespace Krisenstab.EventStore.Tests.Conformance;

/// <summary>An <see cref="EventSubscription"/> running in the background for a test, recording what it was handed.</summary>
public sealed class RunningSubscription : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly List<RecordedEvent> _handled = [];
    private readonly Task _run;

    public RunningSubscription(TestStore store, string subscriptionId, EventSubscriptionOptions? options = null, Func<IReadOnlyList<RecordedEvent>, Task>? before = null)
    {
        Subscription = new EventSubscription(subscriptionId, store.Events, store.Checkpoints, async (events, _) =>
        {
            if (before is not null)
            {
                await before(events);
            }
            lock (_handled)
            {
                _handled.AddRange(events);
            }
        }, options ?? new EventSubscriptionOptions { PollInterval = TimeSpan.FromMinutes(10) });
        _run = Subscription.RunAsync(_stop.Token);
    }

    public EventSubscription Subscription { get; }

    public IReadOnlyList<RecordedEvent> Handled
    {
        get
        {
            lock (_handled)
            {
                return [.. _handled];
            }
        }
    }

    public async Task StopAsync()
    {
        await _stop.CancelAsync();
        await _run;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _stop.Dispose();
    }
}

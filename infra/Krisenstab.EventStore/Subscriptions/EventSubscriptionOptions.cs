namespace Krisenstab.EventStore;

public sealed class EventSubscriptionOptions
{
    /// <summary>Most events handed to the handler at once.</summary>
    public int BatchSize { get; set; } = 256;

    /// <summary>How long to wait for a wake-up before looking anyway (the fallback when a signal is lost).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>First pause after a failure; doubled on each further failure up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan InitialRetryDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// A read model that queries answer from: a read waits for it to reach this process's latest append
    /// (<see cref="ReadYourWrites"/>). Set for in-memory projections; not for subscriptions that only pass events on.
    /// </summary>
    public bool ServesReads { get; set; }
}

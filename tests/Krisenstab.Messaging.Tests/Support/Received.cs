using System.Collections.Concurrent;
using Krisenstab.Contracts;

namespace Krisenstab.Messaging.Tests.Support;

/// <summary>What the test consumers of one host saw.</summary>
public sealed class Received
{
    private int _attempts;

    public ConcurrentQueue<EventEnvelope<Krisenstab.Contracts.Situation.CrisisOpened>> Applied { get; } = new();

    public int Attempts => Volatile.Read(ref _attempts);

    public void CountAttempt() => Interlocked.Increment(ref _attempts);

    public int DistinctApplied => Applied.Select(e => e.EventId).Distinct().Count();
}

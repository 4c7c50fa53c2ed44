using Krisenstab.EventStore;

namespace Krisenstab.ServiceDefaults.Tests.Support;

/// <summary>
/// A real store with another writer in it: right after each of the first <paramref name="times"/> reads of
/// <paramref name="target"/> the other writer appends <paramref name="write"/> to it — exactly between a command's load
/// and its append.
/// </summary>
public sealed class InterferingEventStore(IEventStore inner, StreamName target, int times, Func<EventData> write) : IEventStore
{
    private readonly int _times = times;
    private int _remaining = times;

    public int Interferences => _times - Math.Max(Volatile.Read(ref _remaining), 0);

    public async Task<IReadOnlyList<RecordedEvent>> ReadStreamAsync(StreamName stream, long fromVersion = 0, CancellationToken cancellationToken = default)
    {
        var read = await inner.ReadStreamAsync(stream, fromVersion, cancellationToken);
        if (stream == target && Interlocked.Decrement(ref _remaining) >= 0)
        {
            await inner.AppendAsync(target, ExpectedVersion.Any, [write()], cancellationToken);
        }
        return read;
    }

    public Task<AppendResult> AppendAsync(StreamName stream, ExpectedVersion expected, IReadOnlyList<EventData> events, CancellationToken cancellationToken = default) =>
        inner.AppendAsync(stream, expected, events, cancellationToken);

    public Task<IReadOnlyList<AppendResult>> AppendAsync(IReadOnlyList<StreamAppend> appends, CancellationToken cancellationToken = default) =>
        inner.AppendAsync(appends, cancellationToken);

    public Task<RecordedEvent?> FindEventAsync(Guid eventId, CancellationToken cancellationToken = default) =>
        inner.FindEventAsync(eventId, cancellationToken);

    public Task<IReadOnlyList<RecordedEvent>> ReadAllAsync(long afterPosition, int maxCount, CancellationToken cancellationToken = default) =>
        inner.ReadAllAsync(afterPosition, maxCount, cancellationToken);

    public Task WaitForAppendAsync(TimeSpan timeout, CancellationToken cancellationToken = default) =>
        inner.WaitForAppendAsync(timeout, cancellationToken);
}

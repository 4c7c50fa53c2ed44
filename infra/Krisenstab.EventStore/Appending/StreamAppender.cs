namespace Krisenstab.EventStore.Appending;

/// <summary>
/// The rules of one append, the same for every engine: recognise a retry by its event ids,
/// check the expected version, then number and insert the events.
/// </summary>
internal static class StreamAppender
{
    public static async Task<AppendResult> AppendAsync(WriteBatch batch, PendingAppend append, CancellationToken cancellationToken)
    {
        var stream = append.Stream.Value;
        var ids = append.Events.Select(e => e.EventId).ToList();
        var stored = await batch.FindEventsAsync(ids, cancellationToken);
        if (stored.Count > 0)
        {
            return ResultOfRetry(append, ids, stored);
        }

        var current = await batch.StreamVersionAsync(stream, cancellationToken);
        if (!Accepts(append.Expected, current))
        {
            throw new WrongExpectedVersionException(stream, append.Expected, current);
        }

        long position = -1;
        for (var i = 0; i < append.Events.Count; i++)
        {
            position = await batch.InsertAsync(stream, current + 1 + i, append.Events[i], cancellationToken);
        }
        return new AppendResult(current + append.Events.Count, position);
    }

    private static bool Accepts(ExpectedVersion expected, long current) =>
        expected.IsAny || (expected.IsNoStream ? current < 0 : current == expected.Value);

    /// <summary>
    /// The same ids stored in the same stream, consecutively, where the expectation puts them: the original result.
    /// Anything else is a clash with other events, never a partial re-append.
    /// </summary>
    private static AppendResult ResultOfRetry(PendingAppend append, List<Guid> ids, IReadOnlyList<StoredEventRef> stored)
    {
        var byId = stored.ToDictionary(s => s.EventId);
        var first = byId.GetValueOrDefault(ids[0]);
        var isSameAppend = first is not null
            && stored.Count == ids.Count
            && first.Stream == append.Stream.Value
            && ids.Select((id, i) => byId.TryGetValue(id, out var s) && s.Stream == first.Stream && s.StreamVersion == first.StreamVersion + i).All(ok => ok)
            && (append.Expected.IsAny || first.StreamVersion == (append.Expected.IsNoStream ? 0 : append.Expected.Value + 1));
        if (isSameAppend)
        {
            var last = byId[ids[^1]];
            return new AppendResult(last.StreamVersion, last.GlobalPosition);
        }
        var clash = stored[0];
        throw new WrongExpectedVersionException(
            $"Event {clash.EventId} is already stored in stream '{clash.Stream}' at version {clash.StreamVersion}; "
            + $"this append to '{append.Stream}' (expected {append.Expected}) is not a retry of that append.");
    }
}

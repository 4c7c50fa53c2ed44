namespace Krisenstab.EventStore.Appending;

/// <summary>
/// The rules of one append, the same for every engine and for one stream or several: recognise a retry by its event
/// ids, check every stream's expected version, then number and insert the events. It runs inside one savepoint, so a
/// conflict on any stream leaves nothing stored in any of them.
/// </summary>
internal static class StreamAppender
{
    public static async Task<IReadOnlyList<AppendResult>> AppendAsync(WriteBatch batch, PendingAppend pending, CancellationToken cancellationToken)
    {
        var appends = pending.Appends;
        var check = await batch.CheckAsync(
            [.. appends.SelectMany(a => a.Events).Select(e => e.EventId)], [.. appends.Select(a => a.Stream.Value)], cancellationToken);
        if (check.Stored.Count > 0)
        {
            return [.. appends.Select(append => ResultOfRetry(append, check.Stored))];
        }

        var versions = new long[appends.Count];
        for (var i = 0; i < appends.Count; i++)
        {
            var append = appends[i];
            var end = check.Ends[i];
            versions[i] = end.Version;
            if (!Accepts(append.Expected, versions[i]))
            {
                throw new WrongExpectedVersionException(append.Stream.Value, append.Expected, versions[i]);
            }
            if (append.AfterEventId is { } after && end.LastEventId != after)
            {
                throw new WrongExpectedVersionException(
                    $"Stream '{append.Stream}' has another event at version {versions[i]} than {after}, after which this append was decided.");
            }
        }

        var results = new AppendResult[appends.Count];
        for (var i = 0; i < appends.Count; i++)
        {
            var (stream, events) = (appends[i].Stream.Value, appends[i].Events);
            long position = -1;
            for (var j = 0; j < events.Count; j++)
            {
                position = await batch.InsertAsync(stream, versions[i] + 1 + j, events[j], cancellationToken);
            }
            results[i] = new AppendResult(versions[i] + events.Count, position);
        }
        return results;
    }

    private static bool Accepts(ExpectedVersion expected, long current) =>
        expected.IsAny || (expected.IsNoStream ? current < 0 : current == expected.Value);

    /// <summary>
    /// The same ids stored in the same stream, consecutively, where the expectation puts them: the original result.
    /// Anything else (including a stream of the append whose ids are not stored) is a clash, never a partial re-append.
    /// </summary>
    private static AppendResult ResultOfRetry(StreamAppend append, IReadOnlyList<StoredEventRef> stored)
    {
        var ids = append.Events.Select(e => e.EventId).ToList();
        var byId = stored.Where(s => ids.Contains(s.EventId)).ToDictionary(s => s.EventId);
        var first = byId.GetValueOrDefault(ids[0]);
        var isSameAppend = first is not null
            && byId.Count == ids.Count
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

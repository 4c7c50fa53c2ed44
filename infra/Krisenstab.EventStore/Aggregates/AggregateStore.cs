using System.Collections.Concurrent;
using Krisenstab.Contracts;

namespace Krisenstab.EventStore;

/// <summary>
/// One kind of aggregate in one store: a stream per aggregate (<c>{category}-{id}</c>), folded from
/// <paramref name="initial"/> with <paramref name="apply"/>. Events the serializer does not know are passed over.
/// Loading reads only what this process has not folded yet: the latest state of recently used streams is cached,
/// and a stream loaded cold starts from its snapshot (stored in <paramref name="snapshots"/> when
/// <see cref="AggregateStoreOptions.SnapshotDue"/>). Neither is trusted over the store: the load reads from the
/// cached (or snapshot) version on and uses it only when the event stored there is the one it was folded up to.
/// </summary>
public sealed class AggregateStore<TState>(
    IEventStore store,
    EventSerializer serializer,
    string category,
    TState initial,
    Func<TState, object, TState> apply,
    ISnapshotStore? snapshots = null,
    AggregateStoreOptions? options = null)
{
    private readonly AggregateStoreOptions _options = options ?? new AggregateStoreOptions();
    private readonly StreamStateCache<TState> _cache = new((options ?? new AggregateStoreOptions()).CachedStreams);
    private readonly ConcurrentDictionary<string, FoldedState<TState>> _committing = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _snapshotting = new(StringComparer.Ordinal);

    public string Category { get; } = category;

    public StreamName StreamOf(Guid id) => StreamName.For(Category, id);

    public StreamName StreamOf(string id) => StreamName.For(Category, id);

    /// <summary>Folds one event into the state, as loading does.</summary>
    public TState Apply(TState state, object @event) => apply(state, @event);

    /// <summary>How many streams this process keeps folded.</summary>
    public int CachedStreams => _cache.Count;

    public Task<LoadedAggregate<TState>> LoadAsync(Guid id, CancellationToken cancellationToken = default) => LoadAsync(StreamOf(id), cancellationToken);

    /// <summary>The state and the stream version (-1 when the stream does not exist).</summary>
    public async Task<LoadedAggregate<TState>> LoadAsync(StreamName stream, CancellationToken cancellationToken = default)
    {
        var folded = await ContinueAsync(stream, _cache.Find(stream), cancellationToken)
            ?? await ContinueAsync(stream, await LoadSnapshotAsync(stream, cancellationToken), cancellationToken)
            ?? Fold(new FoldedState<TState>(initial, -1, Guid.Empty, -1), await store.ReadStreamAsync(stream, 0, cancellationToken));
        if (folded.Version >= 0)
        {
            folded = await SnapshotIfDueAsync(stream, folded, cancellationToken);
        }
        _cache.Remember(stream, folded);
        return Loaded(stream, folded);
    }

    /// <summary>
    /// For the next decision on the stream: the state an append still being committed will leave (see
    /// <see cref="Expect"/>), else — with <paramref name="trustCache"/> — the cached state without reading the store,
    /// else as <see cref="LoadAsync(StreamName, CancellationToken)"/>. Deciding on either is safe only because the append
    /// names the last event the state was folded up to (<see cref="StreamAppend.AfterEventId"/>) under its version: if
    /// that is not how the stream ends when the append commits, the append is a conflict and the command is decided again.
    /// </summary>
    public async Task<LoadedAggregate<TState>> LoadForDecisionAsync(StreamName stream, bool trustCache, CancellationToken cancellationToken = default) =>
        _committing.TryGetValue(stream.Value, out var pending) ? Loaded(stream, pending)
        : trustCache && _cache.Find(stream) is { } cached ? Loaded(stream, cached)
        : await LoadAsync(stream, cancellationToken);

    /// <summary>
    /// Notes the state an append now queued will leave (<paramref name="version"/>, ending with
    /// <paramref name="lastEventId"/>), so the next command can be decided while it commits; settle it with the returned
    /// handle once the append has ended.
    /// </summary>
    public Committing Expect(StreamName stream, TState after, long version, Guid lastEventId)
    {
        var pending = new FoldedState<TState>(after, version, lastEventId, _cache.Find(stream)?.SnapshotVersion ?? -1);
        _committing[stream.Value] = pending;
        return new Committing(this, stream, pending);
    }

    /// <summary>An append being committed; <see cref="Settle"/> once it committed or failed.</summary>
    public sealed class Committing
    {
        private readonly AggregateStore<TState> _owner;
        private readonly StreamName _stream;
        private readonly FoldedState<TState> _pending;

        internal Committing(AggregateStore<TState> owner, StreamName stream, FoldedState<TState> pending) =>
            (_owner, _stream, _pending) = (owner, stream, pending);

        /// <summary>Committed: its state is the latest known. Failed: no decision may build on it (nor on anything after it).</summary>
        public void Settle(bool committed)
        {
            if (committed)
            {
                _owner._cache.Remember(_stream, _pending);
                _owner._committing.TryRemove(new KeyValuePair<string, FoldedState<TState>>(_stream.Value, _pending));
            }
            else
            {
                _owner._committing.TryRemove(_stream.Value, out _);
            }
        }
    }

    /// <summary>The event store the aggregate lives in: aggregates of one store can be appended to together.</summary>
    public IEventStore EventStore => store;

    /// <summary>
    /// Appends the events with one metadata (ids given, or new), or does nothing and returns null when there are none.
    /// Throws <see cref="WrongExpectedVersionException"/> when someone else wrote first.
    /// </summary>
    public async Task<AppendResult?> AppendAsync(
        StreamName stream,
        ExpectedVersion expected,
        IReadOnlyList<object> events,
        EventMetadata metadata,
        IReadOnlyList<Guid>? eventIds = null,
        CancellationToken cancellationToken = default) =>
        ToAppend(stream, expected, events, metadata, eventIds) is { } append
            ? (await store.AppendAsync([append], cancellationToken))[0]
            : null;

    /// <summary>The events serialized with one metadata (ids given, or new) as one stream's part of an append; null when there are none.</summary>
    public StreamAppend? ToAppend(StreamName stream, ExpectedVersion expected, IReadOnlyList<object> events, EventMetadata metadata, IReadOnlyList<Guid>? eventIds = null) =>
        events.Count == 0 ? null : new StreamAppend(stream, expected, [.. events.Select((e, i) => serializer.Serialize(e, metadata, eventIds?[i]))]);

    private static LoadedAggregate<TState> Loaded(StreamName stream, FoldedState<TState> folded) =>
        new(stream, folded.State, folded.Version) { LastEventId = folded.Version >= 0 ? folded.LastEventId : null };

    /// <summary>Test hook: makes the cache hold <paramref name="folded"/> for the stream, right or wrong.</summary>
    internal void Plant(StreamName stream, FoldedState<TState> folded)
    {
        _cache.Forget(stream);
        _cache.Remember(stream, folded);
    }

    /// <summary>
    /// Folds the events after <paramref name="start"/>, reading from its own version to check that the stream still has
    /// its last event there; null when there is no start or the stream does not match it (then the entry is dropped).
    /// </summary>
    private async Task<FoldedState<TState>?> ContinueAsync(StreamName stream, FoldedState<TState>? start, CancellationToken cancellationToken)
    {
        if (start is null)
        {
            return null;
        }
        if (start.Version < 0)
        {
            // Known not to exist (yet): whatever is there now is all new.
            return Fold(start, await store.ReadStreamAsync(stream, 0, cancellationToken));
        }
        var recorded = await store.ReadStreamAsync(stream, start.Version, cancellationToken);
        if (recorded.Count == 0 || recorded[0].StreamVersion != start.Version || recorded[0].EventId != start.LastEventId)
        {
            _cache.Forget(stream);
            return null;
        }
        return Fold(start, recorded.Skip(1));
    }

    private FoldedState<TState> Fold(FoldedState<TState> start, IEnumerable<RecordedEvent> recorded)
    {
        var (state, version, lastEventId) = (start.State, start.Version, start.LastEventId);
        foreach (var e in recorded)
        {
            if (serializer.TryDeserialize(e, out var @event))
            {
                state = apply(state, @event!);
            }
            (version, lastEventId) = (e.StreamVersion, e.EventId);
        }
        return start with { State = state, Version = version, LastEventId = lastEventId };
    }

    private async Task<FoldedState<TState>?> LoadSnapshotAsync(StreamName stream, CancellationToken cancellationToken)
    {
        if (snapshots is null || _options.SnapshotEvery <= 0
            || await snapshots.LoadSnapshotAsync(stream, cancellationToken) is not { } snapshot
            || snapshot.Shape != SnapshotCodec<TState>.Shape
            || !SnapshotCodec<TState>.TryDecode(snapshot.Data, out var state))
        {
            return null;
        }
        return new FoldedState<TState>(state, snapshot.Version, snapshot.LastEventId, snapshot.Version);
    }

    private async Task<FoldedState<TState>> SnapshotIfDueAsync(StreamName stream, FoldedState<TState> folded, CancellationToken cancellationToken)
    {
        if (snapshots is null || !_options.SnapshotDue(folded.Version, folded.SnapshotVersion) || !_snapshotting.TryAdd(stream.Value, 0))
        {
            // Not due, or another load of this stream is storing one right now: concurrent loads of a busy stream
            // would otherwise each encode the same (possibly large) state.
            return folded;
        }
        try
        {
            if (SnapshotCodec<TState>.Encode(folded.State) is { } json)
            {
                await snapshots.StoreSnapshotAsync(
                    new StoredSnapshot(stream, folded.Version, folded.LastEventId, SnapshotCodec<TState>.Shape!, json), cancellationToken);
            }
            // Also when the state cannot be snapshotted: then it is not tried again until the next one is due.
            folded = folded with { SnapshotVersion = folded.Version };
            _cache.Remember(stream, folded);
            return folded;
        }
        finally
        {
            _snapshotting.TryRemove(stream.Value, out _);
        }
    }
}

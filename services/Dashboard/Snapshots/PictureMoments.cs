using System.Collections.Concurrent;
using Krisenstab.Dashboard.Board;
using Krisenstab.Dashboard.Journal;
using Krisenstab.Dashboard.Pictures;
using Krisenstab.EventStore;
using Microsoft.Extensions.DependencyInjection;

namespace Krisenstab.Dashboard.Snapshots;

/// <summary>
/// The pictures and the board as of any moment, fast on long journals: a <see cref="JournalTimeline{TState}"/> per
/// crisis journal and one for the accommodation journal, kept by their own projection (in memory, rebuilt at every
/// start like the live pictures). An answer starts from the latest fitting snapshot and reads only the stretch of the
/// store after it. The same result as folding the whole journals up to that time.
/// </summary>
public sealed class PictureMoments(
    DashboardJournal journal,
    [FromKeyedServices(DashboardModule.StoreName)] IEventStore store,
    DashboardSettings dashboard,
    SnapshotSettings settings)
{
    /// <summary>The projection's id: its subscription on the dashboard's store (checkpoint in memory).</summary>
    public const string Id = "picture-moments";

    private const int ReadBatch = 4096;

    private readonly ConcurrentDictionary<Guid, JournalTimeline<SituationPicture>> _crises = new();
    private readonly JournalTimeline<AccommodationBoard> _accommodation = new(
        AccommodationBoard.Empty(dashboard), AccommodationBoard.Apply, RankedLine.Accommodation, _ => true, settings.Every);
    private long _position;

    public Task HandleAsync(IReadOnlyList<RecordedEvent> batch, CancellationToken cancellationToken)
    {
        foreach (var recorded in batch.Where(r => r.GlobalPosition > _position))
        {
            _position = recorded.GlobalPosition;
            var timeline = JournalStreams.CrisisOf(recorded.Stream) is { } crisisId ? (Action<JournalEntry, long>)CrisisTimeline(crisisId).Add
                : JournalStreams.IsAccommodation(recorded.Stream) ? _accommodation.Add
                : null;
            if (timeline is not null && journal.ToEntry(recorded) is { } entry)
            {
                timeline(entry, recorded.GlobalPosition);
            }
        }
        return Task.CompletedTask;
    }

    /// <summary>The crisis's picture as of then (with the board and the feed as of then), or null when nothing of it had occurred by then.</summary>
    public async Task<SituationPicture?> PictureAsync(Guid crisisId, DateTimeOffset asOf, CancellationToken cancellationToken)
    {
        if (!_crises.TryGetValue(crisisId, out var timeline))
        {
            return null;
        }
        var crisis = await AsOfAsync(timeline, JournalStreams.Crisis(crisisId), asOf, cancellationToken);
        if (crisis.Count == 0)
        {
            return null;
        }
        var accommodation = await AsOfAsync(_accommodation, JournalStreams.Accommodation, asOf, cancellationToken);
        return crisis.State with
        {
            Accommodation = accommodation.State,
            Feed = [.. RankedLine.Newest([.. crisis.Newest, .. accommodation.Newest], Feed.CrisisFeed.PictureLines).Select(l => l.Line)],
        };
    }

    public async Task<AccommodationBoard> BoardAsync(DateTimeOffset asOf, CancellationToken cancellationToken) =>
        (await AsOfAsync(_accommodation, JournalStreams.Accommodation, asOf, cancellationToken)).State;

    private JournalTimeline<SituationPicture> CrisisTimeline(Guid crisisId) =>
        _crises.GetOrAdd(crisisId, id => new JournalTimeline<SituationPicture>(
            SituationPicture.Empty(id), SituationPicture.Apply, RankedLine.Situation, Feed.CrisisFeed.IsSituationEntry, settings.Every));

    private async Task<Moment<TState>> AsOfAsync<TState>(JournalTimeline<TState> timeline, StreamName stream, DateTimeOffset asOf, CancellationToken cancellationToken)
    {
        var (from, until) = timeline.Plan(asOf);
        return timeline.Complete(from, await ReadAfterAsync(stream, from, until, cancellationToken), asOf);
    }

    /// <summary>The journal's entries after the moment, in journal order, up to global position <paramref name="until"/> (null: the end).</summary>
    private async Task<List<JournalEntry>> ReadAfterAsync<TState>(StreamName stream, Moment<TState> from, long? until, CancellationToken cancellationToken)
    {
        var entries = new List<JournalEntry>();
        var after = from.Position;
        while (until is null || after < until)
        {
            var batch = await store.ReadAllAsync(after, ReadBatch, cancellationToken);
            if (batch.Count == 0)
            {
                break;
            }
            foreach (var recorded in batch.TakeWhile(r => until is null || r.GlobalPosition <= until))
            {
                if (recorded.Stream == stream.Value && recorded.StreamVersion >= from.Count && journal.ToEntry(recorded) is { } entry)
                {
                    entries.Add(entry);
                }
            }
            after = batch[^1].GlobalPosition;
        }
        return entries;
    }
}

using System.Collections.Concurrent;
using Krisenstab.Dashboard.Journal;
using Krisenstab.Dashboard.Pictures;
using Krisenstab.Dashboard.Snapshots;
using Krisenstab.ServiceDefaults;

namespace Krisenstab.Dashboard.Replay;

/// <summary>
/// The replays running in this process (in memory; a replay is a viewing, not a record). One timer on the injected
/// <see cref="TimeProvider"/> moves every playing replay on each <see cref="ReplaySettings.Tick"/> and pushes its frame
/// to its viewers; a replay nobody watched for <see cref="ReplaySettings.IdleAfter"/> is disposed, and at most
/// <see cref="ReplaySettings.MaxConcurrent"/> run at once. Replays read the journals and the snapshots and never write
/// anything, so the live pictures and their followers never notice them.
/// </summary>
public sealed class Replays : IDisposable
{
    private readonly ConcurrentDictionary<Guid, ReplaySession> _sessions = new();
    private readonly Lock _gate = new();
    private readonly PictureMoments _moments;
    private readonly DashboardJournal _journal;
    private readonly SituationPictures _pictures;
    private readonly ReplayNotifier _notifier;
    private readonly ReplayAudience _audience;
    private readonly ReplaySettings _settings;
    private readonly TimeProvider _time;
    private readonly ITimer _timer;
    private int _reserved;
    private int _ticking;

    public Replays(PictureMoments moments, DashboardJournal journal, SituationPictures pictures, ReplayNotifier notifier, ReplayAudience audience, ReplaySettings settings, TimeProvider time)
    {
        (_moments, _journal, _pictures, _notifier, _audience, _settings, _time) = (moments, journal, pictures, notifier, audience, settings, time);
        _timer = time.CreateTimer(_ => Tick(), null, settings.Tick, settings.Tick);
    }

    public DateTimeOffset Now => _time.GetUtcNow();

    public async Task<(ReplaySession? Session, DomainError? Error)> StartAsync(Guid crisisId, ReplayStart start, CancellationToken cancellationToken)
    {
        if (_pictures.Find(crisisId) is null)
        {
            return (null, DomainError.NotFound("crisis", $"The dashboard knows nothing of crisis {crisisId} (yet)."));
        }
        if (!Reserve())
        {
            return (null, DomainError.Conflict("too-many-replays",
                $"{_settings.MaxConcurrent} replays are running, the most this installation allows at once ({ReplaySettings.Section}:MaxConcurrent); stop one or wait until an unwatched one is disposed."));
        }
        try
        {
            var tape = ReplayTape.Of(
                await _journal.ReadAsync(JournalStreams.Crisis(crisisId), cancellationToken),
                await _journal.ReadAsync(JournalStreams.Accommodation, cancellationToken),
                start.From, start.To);
            var atStart = await PictureAtAsync(crisisId, start.From, cancellationToken);
            var session = new ReplaySession(Guid.CreateVersion7(), crisisId, start.From, start.To, tape, atStart, start.Speed, start.Paused, Now);
            _sessions[session.Id] = session;
            return (session, null);
        }
        catch
        {
            Release();
            throw;
        }
    }

    public ReplaySession? Find(Guid crisisId, Guid replayId) =>
        _sessions.TryGetValue(replayId, out var session) && session.CrisisId == crisisId ? session : null;

    public ReplaySession? Find(Guid replayId) => _sessions.GetValueOrDefault(replayId);

    public IReadOnlyList<ReplaySession> Of(Guid crisisId) => [.. _sessions.Values.Where(s => s.CrisisId == crisisId).OrderBy(s => s.Id)];

    /// <summary>The picture as of the moment from the snapshots; before the crisis's first entry, an empty picture with the board as of then.</summary>
    public async Task<SituationPicture> PictureAtAsync(Guid crisisId, DateTimeOffset moment, CancellationToken cancellationToken) =>
        await _moments.PictureAsync(crisisId, moment, cancellationToken)
        ?? SituationPicture.Empty(crisisId) with { Accommodation = await _moments.BoardAsync(moment, cancellationToken) };

    /// <summary>Tells the viewers (a last frame, status stopped) and disposes the replay.</summary>
    public ReplayFrame Stop(ReplaySession session)
    {
        var last = session.Stop(Now);
        if (_sessions.TryRemove(session.Id, out _))
        {
            _notifier.Push(last);
            _audience.Forget(session.Id);
            Release();
        }
        return last;
    }

    /// <summary>Pushes the frame to the replay's viewers (after a command).</summary>
    public void Show(ReplayFrame frame) => _notifier.Push(frame);

    public void Dispose() => _timer.Dispose();

    private void Tick()
    {
        if (Interlocked.Exchange(ref _ticking, 1) == 1)
        {
            return;
        }
        try
        {
            var now = Now;
            foreach (var session in _sessions.Values)
            {
                if (_audience.Of(session.Id).Count > 0)
                {
                    session.LastWatched = now;
                }
                else if (now - session.LastWatched > _settings.IdleAfter)
                {
                    Stop(session);
                    continue;
                }
                if (session.Advance(now) is { } frame)
                {
                    _notifier.Push(frame);
                }
            }
        }
        finally
        {
            Volatile.Write(ref _ticking, 0);
        }
    }

    private bool Reserve()
    {
        lock (_gate)
        {
            if (_reserved >= _settings.MaxConcurrent)
            {
                return false;
            }
            _reserved++;
            return true;
        }
    }

    private void Release()
    {
        lock (_gate)
        {
            _reserved--;
        }
    }
}

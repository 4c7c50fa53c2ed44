using Krisenstab.Dashboard.Feed;
using Krisenstab.Dashboard.Pictures;

namespace Krisenstab.Dashboard.Replay;

/// <summary>
/// One replay: a picture as of its moment, moved on along its <see cref="ReplayTape"/> on a virtual clock. While
/// playing, the moment is <c>anchor moment + (now − anchor time) × speed</c> (at most the end), so the pace holds
/// however often it is asked; every change of speed, pause, step or jump sets a new anchor. The picture at a moment
/// is the picture as of the last jump (or the start) with every tape entry after it up to the moment folded on, in the
/// order they occurred. All members are safe to call from any thread.
/// </summary>
public sealed class ReplaySession
{
    private readonly Lock _lock = new();
    private readonly ReplayTape _tape;
    private SituationPicture _picture;
    private int _cursor;
    private DateTimeOffset _moment;
    private DateTimeOffset _anchorTime;
    private double _speed;
    private ReplayStatus _status;
    private long _frame;

    public ReplaySession(Guid id, Guid crisisId, DateTimeOffset from, DateTimeOffset to, ReplayTape tape, SituationPicture atStart, double speed, bool paused, DateTimeOffset now)
    {
        (Id, CrisisId, From, To, _tape) = (id, crisisId, from, to, tape);
        (_picture, _cursor, _moment, _anchorTime, _speed) = (atStart, tape.FirstAfter(from), from, now, speed);
        _status = from == to ? ReplayStatus.Ended : paused ? ReplayStatus.Paused : ReplayStatus.Playing;
        LastWatched = now;
    }

    public Guid Id { get; }

    public Guid CrisisId { get; }

    public DateTimeOffset From { get; }

    public DateTimeOffset To { get; }

    /// <summary>When someone last watched (or the start): a replay unwatched for long is disposed.</summary>
    public DateTimeOffset LastWatched { get; set; }

    public ReplayStatus Status
    {
        get
        {
            lock (_lock)
            {
                return _status;
            }
        }
    }

    public ReplayFrame Current()
    {
        lock (_lock)
        {
            return FrameNow();
        }
    }

    /// <summary>Moves a playing replay on to where its clock is now; the new frame, or null when nothing moved.</summary>
    public ReplayFrame? Advance(DateTimeOffset now)
    {
        lock (_lock)
        {
            return _status == ReplayStatus.Playing && MoveTo(ClockAt(now), now) ? NextFrame() : null;
        }
    }

    public ReplayFrame Pause(DateTimeOffset now) => Change(now, () => _status = _status == ReplayStatus.Playing ? ReplayStatus.Paused : _status);

    /// <summary>Plays on from the moment shown; at the end there is nothing to play (jump back first).</summary>
    public ReplayFrame Resume(DateTimeOffset now) => Change(now, () => _status = _status == ReplayStatus.Paused ? ReplayStatus.Playing : _status);

    public ReplayFrame SetSpeed(DateTimeOffset now, double speed) => Change(now, () => _speed = speed);

    /// <summary>Holds the replay and shows the next entry of the tape (its moment); at the end, the end.</summary>
    public ReplayFrame Step(DateTimeOffset now) => Change(now, () =>
    {
        var next = _cursor < _tape.Count ? _tape[_cursor].OccurredAt : To;
        _status = ReplayStatus.Paused;
        ApplyNext();
        _moment = next;
        _status = _cursor >= _tape.Count && _moment >= To ? ReplayStatus.Ended : ReplayStatus.Paused;
    });

    /// <summary>Shows <paramref name="moment"/> from the picture as of then (<paramref name="asOf"/>, from the snapshots); a playing replay plays on from there.</summary>
    public ReplayFrame Jump(DateTimeOffset now, DateTimeOffset moment, SituationPicture asOf) => Change(now, () =>
    {
        (_picture, _cursor, _moment) = (asOf, _tape.FirstAfter(moment), moment);
        _status = moment >= To ? ReplayStatus.Ended : _status == ReplayStatus.Ended ? ReplayStatus.Paused : _status;
    });

    public ReplayFrame Stop(DateTimeOffset now) => Change(now, () => _status = ReplayStatus.Stopped);

    private ReplayFrame Change(DateTimeOffset now, Action change)
    {
        lock (_lock)
        {
            if (_status == ReplayStatus.Playing)
            {
                MoveTo(ClockAt(now), now);
            }
            if (_status != ReplayStatus.Stopped)
            {
                change();
            }
            _anchorTime = now;
            return NextFrame();
        }
    }

    private DateTimeOffset ClockAt(DateTimeOffset now)
    {
        var played = (now - _anchorTime).Ticks * _speed;
        var room = (To - _moment).Ticks;
        return played >= room ? To : _moment + TimeSpan.FromTicks((long)played);
    }

    private bool MoveTo(DateTimeOffset moment, DateTimeOffset now)
    {
        _anchorTime = now;
        if (moment == _moment)
        {
            return false;
        }
        while (_cursor < _tape.Count && _tape[_cursor].OccurredAt <= moment)
        {
            ApplyNext();
        }
        _moment = moment;
        if (moment >= To)
        {
            _status = ReplayStatus.Ended;
        }
        return true;
    }

    private void ApplyNext()
    {
        if (_cursor >= _tape.Count)
        {
            return;
        }
        var (entry, crisis) = (_tape[_cursor].Entry, _tape[_cursor].FromCrisisJournal);
        _cursor++;
        var picture = crisis ? SituationPicture.Apply(_picture, entry) : _picture with { Accommodation = Board.AccommodationBoard.Apply(_picture.Accommodation!, entry) };
        _picture = !crisis || CrisisFeed.IsSituationEntry(entry)
            ? picture with { Feed = [FeedLine.Of(entry), .. picture.Feed.Take(CrisisFeed.PictureLines - 1)] }
            : picture;
    }

    private ReplayFrame NextFrame()
    {
        _frame++;
        return FrameNow();
    }

    private ReplayFrame FrameNow() =>
        new(new ReplayView(Id, CrisisId, From, To, _moment, _speed, _status, _frame, _cursor, _tape.Count), _picture);
}

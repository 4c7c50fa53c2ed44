using Krisenstab.Dashboard.Pictures;

namespace Krisenstab.Dashboard.Replay;

/// <summary>
/// A replay as its viewers see it: its period, the moment shown, its speed and status, and <see cref="Frame"/>, +1
/// per frame made (the picture's own version goes back on a jump, so a viewer orders frames by this number).
/// <see cref="Applied"/> of <see cref="Entries"/> tape entries are folded in.
/// </summary>
public sealed record ReplayView(
    Guid ReplayId,
    Guid CrisisId,
    DateTimeOffset From,
    DateTimeOffset To,
    DateTimeOffset Moment,
    double Speed,
    ReplayStatus Status,
    long Frame,
    int Applied,
    int Entries);

/// <summary>
/// What the hub pushes to a replay's viewers (<c>replayFrame</c>) and <c>JoinReplay</c> returns: the replay and the
/// picture as of its moment, in the same shape as a live picture (with the board and the feed as of then).
/// </summary>
public sealed record ReplayFrame(ReplayView Replay, SituationPicture Picture);

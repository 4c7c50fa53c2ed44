using Krisenstab.Dashboard.Board;
using Krisenstab.Dashboard.Pictures;
using Krisenstab.Dashboard.Replay;
using Krisenstab.ServiceDefaults;
using Krisenstab.ServiceDefaults.Auth;
using Microsoft.AspNetCore.SignalR;

namespace Krisenstab.Dashboard.Hubs;

/// <summary>
/// The live situation picture at <c>/hubs/situation</c>. Callers follow the crises they watch (or all of them) and
/// receive <see cref="SituationHubClient.PictureChanged"/> with the whole new picture; every caller receives
/// <see cref="SituationHubClient.CrisisOpened"/> when a crisis is opened. Followers also receive
/// <see cref="SituationHubClient.AccommodationChanged"/> when a facility's figures change. Who follows what is kept in
/// <see cref="HubAudience"/>; pushes go through <see cref="LatestStatePusher"/>, one latest state per connection.
/// A replay's viewers (analyst or higher) watch it with <see cref="JoinReplay"/> and receive its frames
/// (<see cref="ReplayNotifier.ReplayFrameMethod"/>) only; its audience is apart from the live one.
/// </summary>
public sealed class SituationHub(
    SituationPictures pictures, LiveAccommodationBoard board, HubAudience audience, LatestStatePusher pusher, Replays replays, ReplayAudience replayAudience) : Hub
{
    public const string Path = "/hubs/situation";

    public override Task OnConnectedAsync()
    {
        pusher.Open(Context.ConnectionId);
        audience.Connected(Context.ConnectionId);
        return Task.CompletedTask;
    }

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        audience.Disconnected(Context.ConnectionId);
        replayAudience.Disconnected(Context.ConnectionId);
        pusher.Forget(Context.ConnectionId);
        return Task.CompletedTask;
    }

    /// <summary>Follows one crisis; returns its current picture (null if the dashboard has not seen it yet).</summary>
    [AnyRole]
    public SituationPicture? JoinCrisis(Guid crisisId)
    {
        audience.Follow(Context.ConnectionId, crisisId);
        return pictures.Find(crisisId);
    }

    [AnyRole]
    public void LeaveCrisis(Guid crisisId) => audience.Unfollow(Context.ConnectionId, crisisId);

    /// <summary>Follows every crisis; returns all current pictures.</summary>
    [AnyRole]
    public IReadOnlyList<SituationPicture> JoinAllCrises()
    {
        audience.FollowAll(Context.ConnectionId);
        return pictures.All();
    }

    [AnyRole]
    public void LeaveAllCrises() => audience.UnfollowAll(Context.ConnectionId);

    /// <summary>The current accommodation board (also each picture's <c>accommodation</c> section).</summary>
    [AnyRole]
    public AccommodationBoard GetAccommodationBoard() => board.Current;

    /// <summary>Watches a replay: its frames from now on; returns its current frame (null for a replay not running).</summary>
    [AuthorizeRoles(Roles.Analyst, Roles.Head, Roles.Admin)]
    public ReplayFrame? JoinReplay(Guid replayId)
    {
        if (replays.Find(replayId) is not { } session)
        {
            return null;
        }
        replayAudience.Watch(Context.ConnectionId, replayId);
        session.LastWatched = replays.Now;
        return session.Current();
    }

    [AuthorizeRoles(Roles.Analyst, Roles.Head, Roles.Admin)]
    public void LeaveReplay(Guid replayId) => replayAudience.Unwatch(Context.ConnectionId, replayId);
}

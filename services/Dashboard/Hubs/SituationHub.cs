using Krisenstab.Dashboard.Board;
using Krisenstab.Dashboard.Pictures;
using Microsoft.AspNetCore.SignalR;

namespace Krisenstab.Dashboard.Hubs;

/// <summary>
/// The live situation picture at <c>/hubs/situation</c>. Callers follow the crises they watch (or all of them) and
/// receive <see cref="SituationHubClient.PictureChanged"/> with the whole new picture; every caller receives
/// <see cref="SituationHubClient.CrisisOpened"/> when a crisis is opened. Followers also receive
/// <see cref="SituationHubClient.AccommodationChanged"/> when a facility's figures change. Who follows what is kept in
/// <see cref="HubAudience"/>; pushes go through <see cref="LatestStatePusher"/>, one latest state per connection.
/// </summary>
public sealed class SituationHub(SituationPictures pictures, LiveAccommodationBoard board, HubAudience audience, LatestStatePusher pusher) : Hub
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
        pusher.Forget(Context.ConnectionId);
        return Task.CompletedTask;
    }

    /// <summary>Follows one crisis; returns its current picture (null if the dashboard has not seen it yet).</summary>
    public SituationPicture? JoinCrisis(Guid crisisId)
    {
        audience.Follow(Context.ConnectionId, crisisId);
        return pictures.Find(crisisId);
    }

    public void LeaveCrisis(Guid crisisId) => audience.Unfollow(Context.ConnectionId, crisisId);

    /// <summary>Follows every crisis; returns all current pictures.</summary>
    public IReadOnlyList<SituationPicture> JoinAllCrises()
    {
        audience.FollowAll(Context.ConnectionId);
        return pictures.All();
    }

    public void LeaveAllCrises() => audience.UnfollowAll(Context.ConnectionId);

    /// <summary>The current accommodation board (also each picture's <c>accommodation</c> section).</summary>
    public AccommodationBoard GetAccommodationBoard() => board.Current;
}

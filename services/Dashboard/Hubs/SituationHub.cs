using Krisenstab.Dashboard.Board;
using Krisenstab.Dashboard.Pictures;
using Krisenstab.ServiceDefaults.Auth;
using Microsoft.AspNetCore.SignalR;

namespace Krisenstab.Dashboard.Hubs;

/// <summary>
/// The live situation picture at <c>/hubs/situation</c>. Callers join the crises they watch (or all of them) and
/// receive <see cref="SituationHubClient.PictureChanged"/> with the whole new picture; every caller receives
/// <see cref="SituationHubClient.CrisisOpened"/> when a crisis is opened. Members of those groups also receive
/// <see cref="SituationHubClient.AccommodationChanged"/> when a facility's figures change.
/// </summary>
public sealed class SituationHub(SituationPictures pictures, LiveAccommodationBoard board) : Hub
{
    public const string Path = "/hubs/situation";

    /// <summary>Follows one crisis; returns its current picture (null if the dashboard has not seen it yet).</summary>
    [AnyRole]
    public async Task<SituationPicture?> JoinCrisis(Guid crisisId)
    {
        await Groups.AddToGroupAsync(Context.ConnectionId, SituationHubGroups.Crisis(crisisId));
        return pictures.Find(crisisId);
    }

    [AnyRole]
    public Task LeaveCrisis(Guid crisisId) =>
        Groups.RemoveFromGroupAsync(Context.ConnectionId, SituationHubGroups.Crisis(crisisId));

    /// <summary>Follows every crisis; returns all current pictures.</summary>
    [AnyRole]
    public async Task<IReadOnlyList<SituationPicture>> JoinAllCrises()
    {
        await Groups.AddToGroupAsync(Context.ConnectionId, SituationHubGroups.AllCrises);
        return pictures.All();
    }

    [AnyRole]
    public Task LeaveAllCrises() =>
        Groups.RemoveFromGroupAsync(Context.ConnectionId, SituationHubGroups.AllCrises);

    /// <summary>The current accommodation board (also each picture's <c>accommodation</c> section).</summary>
    [AnyRole]
    public AccommodationBoard GetAccommodationBoard() => board.Current;
}

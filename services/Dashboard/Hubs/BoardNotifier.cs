using Krisenstab.Dashboard.Board;
using Krisenstab.Dashboard.Pictures;
using Microsoft.AspNetCore.SignalR;

namespace Krisenstab.Dashboard.Hubs;

/// <summary>
/// Pushes accommodation changes. Facilities serve the whole district, so every situation room needs them: the
/// all-crises group and the group of every crisis the dashboard knows that is not closed.
/// </summary>
public sealed class BoardNotifier(IHubContext<SituationHub> hub, SituationPictures pictures)
{
    public Task AccommodationChangedAsync(AccommodationChange change, CancellationToken cancellationToken)
    {
        IReadOnlyList<string> groups = [SituationHubGroups.AllCrises, .. pictures.UnclosedCrises().Select(SituationHubGroups.Crisis)];
        return hub.Clients.Groups(groups).SendAsync(SituationHubClient.AccommodationChanged, change, cancellationToken);
    }
}

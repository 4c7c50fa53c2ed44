using Krisenstab.Dashboard.Pictures;
using Microsoft.AspNetCore.SignalR;

namespace Krisenstab.Dashboard.Hubs;

/// <summary>Pushes changed pictures to the hub's clients.</summary>
public sealed class PictureNotifier(IHubContext<SituationHub> hub)
{
    public async Task PictureChangedAsync(SituationPicture picture, bool crisisOpened, CancellationToken cancellationToken)
    {
        await hub.Clients.Groups(SituationHubGroups.Crisis(picture.CrisisId), SituationHubGroups.AllCrises)
            .SendAsync(SituationHubClient.PictureChanged, picture, cancellationToken);
        if (crisisOpened)
        {
            await hub.Clients.All.SendAsync(SituationHubClient.CrisisOpened, picture, cancellationToken);
        }
    }
}

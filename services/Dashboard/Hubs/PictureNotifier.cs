using Krisenstab.Dashboard.Pictures;

namespace Krisenstab.Dashboard.Hubs;

/// <summary>Pushes changed pictures to the connections following the crisis, and a new crisis to everyone connected.</summary>
public sealed class PictureNotifier(HubAudience audience, LatestStatePusher pusher)
{
    public void PictureChanged(SituationPicture picture, bool crisisOpened)
    {
        var slot = new PushSlot(SituationHubClient.PictureChanged, picture.CrisisId);
        foreach (var connection in audience.Following(picture.CrisisId))
        {
            pusher.Push(connection, slot, picture);
        }
        if (crisisOpened)
        {
            var opened = new PushSlot(SituationHubClient.CrisisOpened, picture.CrisisId);
            foreach (var connection in audience.Everyone)
            {
                pusher.Push(connection, opened, picture);
            }
        }
    }
}

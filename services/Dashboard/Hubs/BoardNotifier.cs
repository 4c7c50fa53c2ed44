using Krisenstab.Dashboard.Board;
using Krisenstab.Dashboard.Pictures;

namespace Krisenstab.Dashboard.Hubs;

/// <summary>
/// Pushes accommodation changes. Facilities serve the whole district, so every situation room needs them: the
/// connections following all crises or any crisis the dashboard knows that is not closed.
/// </summary>
public sealed class BoardNotifier(HubAudience audience, LatestStatePusher pusher, SituationPictures pictures)
{
    private static readonly PushSlot Slot = new(SituationHubClient.AccommodationChanged, Guid.Empty);

    public void AccommodationChanged(AccommodationChange change)
    {
        foreach (var connection in audience.FollowingAnyOf(pictures.UnclosedCrises().ToHashSet()))
        {
            pusher.Push(connection, Slot, change);
        }
    }
}

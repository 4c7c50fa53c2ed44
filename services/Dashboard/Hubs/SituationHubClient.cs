namespace Krisenstab.Dashboard.Hubs;

/// <summary>The methods the hub calls on its clients.</summary>
public static class SituationHubClient
{
    /// <summary>To the crisis's group and the all-crises group: the <see cref="Pictures.SituationPicture"/> after a change.</summary>
    public const string PictureChanged = "pictureChanged";

    /// <summary>To everyone connected: a crisis was opened (its <see cref="Pictures.SituationPicture"/>).</summary>
    public const string CrisisOpened = "crisisOpened";

    /// <summary>
    /// To the all-crises group and the groups of crises not closed: an <see cref="Board.AccommodationChange"/> (the
    /// changed facility, its town, the whole board).
    /// </summary>
    public const string AccommodationChanged = "accommodationChanged";
}

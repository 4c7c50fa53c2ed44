namespace Krisenstab.Dashboard.Hubs;

/// <summary>The methods the hub calls on its clients.</summary>
public static class SituationHubClient
{
    /// <summary>To the connections following the crisis or all crises: the <see cref="Pictures.SituationPicture"/> after a change.</summary>
    public const string PictureChanged = "pictureChanged";

    /// <summary>To everyone connected: a crisis was opened (its <see cref="Pictures.SituationPicture"/>).</summary>
    public const string CrisisOpened = "crisisOpened";

    /// <summary>
    /// To the connections following all crises or a crisis not closed: an <see cref="Board.AccommodationChange"/> (the
    /// changed facility, its town, the whole board, the feed line).
    /// </summary>
    public const string AccommodationChanged = "accommodationChanged";
}

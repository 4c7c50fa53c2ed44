namespace Krisenstab.Dashboard.Hubs;

/// <summary>The methods the hub calls on its clients; each carries a <see cref="Pictures.SituationPicture"/>.</summary>
public static class SituationHubClient
{
    /// <summary>To the crisis's group and the all-crises group: the picture after a change.</summary>
    public const string PictureChanged = "pictureChanged";

    /// <summary>To everyone connected: a crisis was opened.</summary>
    public const string CrisisOpened = "crisisOpened";
}

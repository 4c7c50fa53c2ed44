namespace Krisenstab.Dashboard.Hubs;

public static class SituationHubGroups
{
    public const string AllCrises = "crises";

    public static string Crisis(Guid crisisId) => $"crisis-{crisisId:N}";
}

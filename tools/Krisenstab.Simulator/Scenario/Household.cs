namespace Krisenstab.Simulator.Scenario;

/// <summary>A household that arrived with an allocation: kept together, with its needs and languages (wire names).</summary>
public sealed record Household(string Ref, int Size, IReadOnlyList<string> Needs, IReadOnlyList<string> Languages, string AnnouncementKey)
{
    public bool NeedsStepFree => Needs.Contains("step-free");
}

namespace Krisenstab.Contracts.Tasking;

/// <summary>What a task came from or concerns: a meeting's decision, a facility, a situation report (each optional).</summary>
public sealed record TaskLinks(Guid? MeetingId = null, Guid? DecisionId = null, Guid? FacilityId = null, Guid? ReportId = null)
{
    public static TaskLinks None { get; } = new();
}

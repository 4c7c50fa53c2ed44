namespace Krisenstab.Contracts.Situation;

/// <summary>The announcement as it stands after a change (the earlier versions stay in the stream: the history).</summary>
[EventName("situation.allocation-changed.v1")]
public sealed record AllocationChanged(Guid CrisisId, Guid AnnouncementId, AllocationFigures Figures, string? Reason, DateTimeOffset ChangedAt) : IAllocationEvent;

namespace Krisenstab.Contracts.Situation;

/// <summary>The announced people will not come; no arrival can be recorded against it any more.</summary>
[EventName("situation.allocation-cancelled.v1")]
public sealed record AllocationCancelled(
    Guid CrisisId,
    Guid AnnouncementId,
    DateOnly ExpectedOn,
    int People,
    string? Reason,
    DateTimeOffset CancelledAt) : IAllocationEvent;

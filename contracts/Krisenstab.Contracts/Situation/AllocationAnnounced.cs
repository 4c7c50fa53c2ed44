namespace Krisenstab.Contracts.Situation;

/// <summary>
/// The state announced that people will arrive from a reception centre (<see cref="AllocationFigures"/>). The dashboard
/// folds announced figures from this and <see cref="AllocationChanged"/> / <see cref="AllocationCancelled"/>, which carry
/// the whole announcement after them.
/// </summary>
[EventName("situation.allocation-announced.v1")]
public sealed record AllocationAnnounced(Guid CrisisId, Guid AnnouncementId, AllocationFigures Figures, DateTimeOffset AnnouncedAt) : IAllocationEvent;

namespace Krisenstab.Contracts.Situation;

/// <summary>
/// People actually arrived against an announcement — partly, late, more or fewer than announced. Carries the
/// announcement's day and figures after the arrival, so the picture and the calendar redraw from this one event.
/// </summary>
[EventName("situation.arrival-recorded.v1")]
public sealed record ArrivalRecorded(
    Guid CrisisId,
    Guid AnnouncementId,
    Guid ArrivalId,
    int People,
    int? Households,
    DateTimeOffset ArrivedAt,
    DateOnly ExpectedOn,
    int Announced,
    int ArrivedSoFar) : IAllocationEvent;

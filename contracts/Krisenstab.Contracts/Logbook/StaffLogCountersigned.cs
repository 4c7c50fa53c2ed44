namespace Krisenstab.Contracts.Logbook;

/// <summary>The head of staff (never the keeper who closed it) countersigned the closed staff log (entry <see cref="Number"/>).</summary>
[EventName("logbook.staff-log-countersigned.v1")]
public sealed record StaffLogCountersigned(Guid CrisisId, int Number, string HeadOfStaff, string ClosedBy, DateTimeOffset CountersignedAt) : ILogbookEvent;

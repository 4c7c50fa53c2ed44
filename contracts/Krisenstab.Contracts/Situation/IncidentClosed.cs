namespace Krisenstab.Contracts.Situation;

[EventName("situation.incident-closed.v1")]
public sealed record IncidentClosed(
    Guid CrisisId,
    Guid IncidentId,
    Guid FacilityId,
    IncidentCategory Category,
    IncidentSeverity Severity,
    DateTimeOffset ClosedAt) : IIncidentEvent;

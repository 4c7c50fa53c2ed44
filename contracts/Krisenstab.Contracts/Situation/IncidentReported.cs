namespace Krisenstab.Contracts.Situation;

/// <summary>An incident (Vorkommnis) at a facility (Accommodation's id) at <see cref="OccurredAt"/>; <see cref="Text"/> is sealed personal data.</summary>
[EventName("situation.incident-reported.v1")]
public sealed record IncidentReported(
    Guid CrisisId,
    Guid IncidentId,
    Guid FacilityId,
    IncidentCategory Category,
    IncidentSeverity Severity,
    DateTimeOffset OccurredAt,
    PersonalText Text,
    DateTimeOffset ReportedAt) : IIncidentEvent;

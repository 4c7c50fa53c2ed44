namespace Krisenstab.Contracts.Situation;

/// <summary>The incident's category and severity after an update, and its new (sealed) text when the text changed.</summary>
[EventName("situation.incident-updated.v1")]
public sealed record IncidentUpdated(
    Guid CrisisId,
    Guid IncidentId,
    Guid FacilityId,
    IncidentCategory Category,
    IncidentSeverity Severity,
    PersonalText? Text,
    DateTimeOffset UpdatedAt) : IIncidentEvent;

namespace Krisenstab.Contracts.Situation;

/// <summary>
/// Every incident event carries the incident's facility, category and severity after it, so the picture counts by
/// them from one event. The confidential text is personal data: only ever a <see cref="PersonalText"/> (sealed with the
/// incident's key, erasable), readable only inside the situation service and only for heads and admins.
/// </summary>
public interface IIncidentEvent
{
    Guid CrisisId { get; }

    Guid IncidentId { get; }

    Guid FacilityId { get; }

    IncidentCategory Category { get; }

    IncidentSeverity Severity { get; }
}

using Krisenstab.Contracts.Situation;

namespace Krisenstab.SituationReports.Incidents;

public sealed record ReportIncidentRequest(Guid? FacilityId, IncidentCategory? Category, IncidentSeverity? Severity, DateTimeOffset? OccurredAt, string? Text)
{
    public IncidentInput Input => new(FacilityId, Category, Severity, OccurredAt, Text);
}

public sealed record UpdateIncidentRequest(IncidentCategory? Category, IncidentSeverity? Severity, string? Text);

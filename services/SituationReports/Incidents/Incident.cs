using Krisenstab.Contracts;
using Krisenstab.Contracts.Situation;

namespace Krisenstab.SituationReports.Incidents;

/// <summary>An incident as its stream <c>incident-{id}</c> tells it; the text stays sealed here too.</summary>
public sealed record Incident
{
    public static Incident None { get; } = new();

    public Guid Id { get; init; }
    public Guid CrisisId { get; init; }
    public Guid FacilityId { get; init; }
    public IncidentCategory Category { get; init; }
    public IncidentSeverity Severity { get; init; }
    public DateTimeOffset OccurredAt { get; init; }
    public PersonalText? Text { get; init; }
    public DateTimeOffset? ClosedAt { get; init; }

    public bool Exists => Id != Guid.Empty;
    public bool IsClosed => ClosedAt is not null;

    public Incident Apply(object @event) => @event switch
    {
        IncidentReported e => new Incident
        {
            Id = e.IncidentId, CrisisId = e.CrisisId, FacilityId = e.FacilityId, Category = e.Category, Severity = e.Severity, OccurredAt = e.OccurredAt, Text = e.Text,
        },
        IncidentUpdated e => this with { Category = e.Category, Severity = e.Severity, Text = e.Text ?? Text },
        IncidentClosed e => this with { ClosedAt = e.ClosedAt },
        _ => this,
    };
}

using System.Collections.Immutable;
using Krisenstab.Contracts.Situation;

namespace Krisenstab.SituationReports.Incidents;

/// <summary>Every incident, folded with <see cref="Incident.Apply"/>: the counts everyone sees and the list heads and admins read.</summary>
public sealed class IncidentBoard
{
    private readonly Lock _gate = new();
    private ImmutableDictionary<Guid, Incident> _incidents = ImmutableDictionary<Guid, Incident>.Empty;

    public void Apply(object @event)
    {
        if (@event is not IIncidentEvent change)
        {
            return;
        }
        lock (_gate)
        {
            _incidents = _incidents.SetItem(change.IncidentId, (_incidents.GetValueOrDefault(change.IncidentId) ?? Incident.None).Apply(@event));
        }
    }

    public IReadOnlyList<Incident> Of(Guid crisisId) => [.. _incidents.Values.Where(i => i.CrisisId == crisisId).OrderBy(i => i.OccurredAt)];
}

/// <summary>What every role sees: how many incidents, open and by category, severity and facility — never a text.</summary>
public sealed record IncidentCounts(
    int Total, int Open, IReadOnlyDictionary<string, int> ByCategory, IReadOnlyDictionary<string, int> BySeverity, IReadOnlyDictionary<Guid, int> ByFacility)
{
    public static IncidentCounts Of(IReadOnlyList<Incident> incidents) => new(
        incidents.Count,
        incidents.Count(i => !i.IsClosed),
        Enum.GetValues<IncidentCategory>().ToDictionary(WireName, c => incidents.Count(i => i.Category == c)),
        Enum.GetValues<IncidentSeverity>().ToDictionary(WireName, s => incidents.Count(i => i.Severity == s)),
        incidents.GroupBy(i => i.FacilityId).ToDictionary(g => g.Key, g => g.Count()));

    private static string WireName<T>(T value)
        where T : struct, Enum => System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());
}

/// <summary>An incident without its text: what a change answers to anyone.</summary>
public sealed record IncidentSummary(Guid Id, Guid FacilityId, IncidentCategory Category, IncidentSeverity Severity, DateTimeOffset OccurredAt, DateTimeOffset? ClosedAt)
{
    public static IncidentSummary From(Incident i) => new(i.Id, i.FacilityId, i.Category, i.Severity, i.OccurredAt, i.ClosedAt);
}

/// <summary>An incident with its confidential text — only for heads and admins.</summary>
public sealed record IncidentDetails(IncidentSummary Incident, string Text);

using System.Collections.Immutable;
using System.Text.Json;
using Krisenstab.Contracts.Situation;

namespace Krisenstab.Dashboard.Pictures.Sections.Situation;

/// <summary>One incident as the picture keeps it: where, what, how bad, whether closed — never its (confidential) text.</summary>
public sealed record IncidentRow(Guid FacilityId, IncidentCategory Category, IncidentSeverity Severity, bool Closed)
{
    public static IncidentRow After(IIncidentEvent change) =>
        new(change.FacilityId, change.Category, change.Severity, change is IncidentClosed);
}

/// <summary>
/// What every role sees of the incidents, the same shape as the situation service's <c>GET …/incidents</c>: how many,
/// how many open, and by category, severity (wire names) and facility. The text never reaches the dashboard in the
/// clear (the events carry it sealed), and the picture leaves even the sealed text out.
/// </summary>
public sealed record IncidentCounts(
    int Total, int Open, IReadOnlyDictionary<string, int> ByCategory, IReadOnlyDictionary<string, int> BySeverity, IReadOnlyDictionary<Guid, int> ByFacility)
{
    public static IncidentCounts None { get; } = Of(ImmutableDictionary<Guid, IncidentRow>.Empty);

    public static IncidentCounts Of(IReadOnlyDictionary<Guid, IncidentRow> incidents)
    {
        var rows = incidents.Values.ToList();
        return new(
            rows.Count,
            rows.Count(i => !i.Closed),
            Enum.GetValues<IncidentCategory>().ToDictionary(WireName, c => rows.Count(i => i.Category == c)),
            Enum.GetValues<IncidentSeverity>().ToDictionary(WireName, s => rows.Count(i => i.Severity == s)),
            rows.GroupBy(i => i.FacilityId).ToDictionary(g => g.Key, g => g.Count()));
    }

    private static string WireName<T>(T value)
        where T : struct, Enum => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());
}

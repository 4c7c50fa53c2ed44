using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Krisenstab.Contracts.Staffing;
using Krisenstab.Dashboard.Journal;
using Krisenstab.Dashboard.Pictures.Sections.Staffing;

namespace Krisenstab.Dashboard.Pictures.Sections;

/// <summary>
/// The picture's section of the staff pool (services/Staffing), folded from the crisis journal (a request made for the
/// crisis names it in the metadata of each of its events): people requested versus assigned, the requests still open,
/// the home departments drawn from with their load, and who of the staff is deployed at which place with the languages
/// they speak. Days are left to the reader ("today" is the reader's clock, as with a facility's staleness), so each
/// deployment and each department's absence keeps its period. No one is named: members appear by kind and languages.
/// Every request event carries the request's fill after it, so the latest (by occurred time) wins whatever order the
/// bus delivers in.
/// </summary>
public sealed record StaffingSection
{
    public static StaffingSection Empty { get; } = new();

    [JsonIgnore]
    public ImmutableDictionary<Guid, StaffRequestFigures> RequestsById { get; init; } = ImmutableDictionary<Guid, StaffRequestFigures>.Empty;

    [JsonIgnore]
    public ImmutableDictionary<(Guid RequestId, Guid MemberId), DeployedStaff> DeployedById { get; init; } =
        ImmutableDictionary<(Guid RequestId, Guid MemberId), DeployedStaff>.Empty;

    [JsonIgnore]
    public ImmutableDictionary<string, DepartmentFigures> DepartmentsByName { get; init; } = ImmutableDictionary<string, DepartmentFigures>.Empty;

    /// <summary>People asked for by all requests of the crisis.</summary>
    public int Requested => RequestsById.Values.Sum(r => r.Needed);

    /// <summary>People on those requests now (assigned or confirmed, not released).</summary>
    public int Assigned => RequestsById.Values.Sum(r => r.Assigned);

    /// <summary>The requests not filled yet, earliest first.</summary>
    public IReadOnlyList<StaffRequestFigures> OpenRequests =>
        [.. RequestsById.Values.Where(r => r.Open > 0).OrderBy(r => r.From).ThenBy(r => r.Place, StringComparer.Ordinal).ThenBy(r => r.RequestId)];

    /// <summary>The home departments drawn from, by name, each with its latest load.</summary>
    public IReadOnlyList<DepartmentFigures> Departments => [.. DepartmentsByName.Values.OrderBy(d => d.Name, StringComparer.OrdinalIgnoreCase)];

    /// <summary>Per place, the staff deployed there (not released), each with its period and languages.</summary>
    public IReadOnlyList<PlaceStaff> Places =>
        [.. DeployedById.Values.Where(d => !d.Released)
            .GroupBy(d => (d.Place, d.FacilityId))
            .Select(g => new PlaceStaff(g.Key.Place, g.Key.FacilityId, [.. g.OrderBy(d => d.From).Select(d => new PlaceDeployment(d.Kind, d.From, d.To, d.Languages))]))
            .OrderBy(p => p.Place, StringComparer.Ordinal)];

    /// <summary>The section after <paramref name="entry"/>: itself when the entry is none of its events.</summary>
    public StaffingSection Apply(JournalEntry entry)
    {
        var at = entry.Metadata.OccurredAt;
        return entry.Event switch
        {
            DeploymentRequested e => WithRequest(e, at, r => r.Described(e)),
            MemberAssigned e => WithRequest(e, at, r => r).WithDeployed(e.RequestId, e.MemberId, at, DeployedStaff.Of(e, at)).WithDepartment(e.Department, at),
            MemberReleased e => WithRequest(e, at, r => r).WithReleased(e.RequestId, e.MemberId, at).WithDepartment(e.Department, at),
            IDeploymentEvent e => WithRequest(e, at, r => r),
            _ => this,
        };
    }

    private StaffingSection WithRequest(IDeploymentEvent e, DateTimeOffset at, Func<StaffRequestFigures, StaffRequestFigures> describe)
    {
        var known = RequestsById.GetValueOrDefault(e.RequestId) ?? StaffRequestFigures.Unknown(e.RequestId);
        return this with { RequestsById = RequestsById.SetItem(e.RequestId, describe(known.WithFill(e.Fill, at))) };
    }

    private StaffingSection WithDeployed(Guid requestId, Guid memberId, DateTimeOffset at, DeployedStaff deployed) =>
        DeployedById.TryGetValue((requestId, memberId), out var known) && known.LastChange > at
            ? this
            : this with { DeployedById = DeployedById.SetItem((requestId, memberId), deployed) };

    private StaffingSection WithReleased(Guid requestId, Guid memberId, DateTimeOffset at) =>
        DeployedById.TryGetValue((requestId, memberId), out var known)
            ? known.LastChange > at ? this : this with { DeployedById = DeployedById.SetItem((requestId, memberId), known with { Released = true, LastChange = at }) }
            : this with { DeployedById = DeployedById.SetItem((requestId, memberId), DeployedStaff.ReleasedBeforeSeen(at)) };

    private StaffingSection WithDepartment(DepartmentLoad? load, DateTimeOffset at) =>
        load is null || (DepartmentsByName.TryGetValue(load.Name, out var known) && known.LastChange > at)
            ? this
            : this with { DepartmentsByName = DepartmentsByName.SetItem(load.Name, DepartmentFigures.Of(load, at)) };
}

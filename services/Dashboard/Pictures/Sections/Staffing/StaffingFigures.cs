using System.Text.Json.Serialization;
using Krisenstab.Contracts.Staffing;

namespace Krisenstab.Dashboard.Pictures.Sections.Staffing;

/// <summary>One deployment request of the crisis and how far it is filled (the fill of its latest event).</summary>
public sealed record StaffRequestFigures(
    Guid RequestId, string? Unit, string? Place, Guid? FacilityId, DateOnly? From, DateOnly? To,
    IReadOnlyList<string> Languages, IReadOnlyList<Skill> Skills, bool Interpreting, int Needed, int Assigned)
{
    public int Open => Math.Max(0, Needed - Assigned);

    [JsonIgnore]
    public DateTimeOffset FillAt { get; init; } = DateTimeOffset.MinValue;

    /// <summary>A request seen first through a later event (the bus promises no order): described once its request arrives.</summary>
    public static StaffRequestFigures Unknown(Guid requestId) => new(requestId, null, null, null, null, null, [], [], false, 0, 0);

    public StaffRequestFigures WithFill(RequestFill fill, DateTimeOffset at) =>
        at < FillAt ? this : this with { Needed = fill.Needed, Assigned = fill.Assigned, FillAt = at };

    public StaffRequestFigures Described(DeploymentRequested e) => this with
    {
        Unit = e.Unit,
        Place = e.Place,
        FacilityId = e.FacilityId,
        From = e.Period.From,
        To = e.Period.To,
        Languages = e.RequiredLanguages,
        Skills = e.RequiredSkills,
        Interpreting = e.Interpreting,
    };
}

/// <summary>A member on a request, as the picture keeps it: kind, place, period and languages — never who.</summary>
public sealed record DeployedStaff(MemberKind Kind, string Place, Guid? FacilityId, DateOnly From, DateOnly To, IReadOnlyList<string> Languages, bool Released, DateTimeOffset LastChange)
{
    public static DeployedStaff Of(MemberAssigned e, DateTimeOffset at) => new(e.Kind, e.Place, e.FacilityId, e.Period.From, e.Period.To, e.Languages, false, at);

    /// <summary>A release that arrived before its assignment: the later assignment is older news and stays released.</summary>
    public static DeployedStaff ReleasedBeforeSeen(DateTimeOffset at) => new(MemberKind.Staff, "", null, DateOnly.MinValue, DateOnly.MinValue, [], true, at);
}

/// <summary>Staff deployed at one place (an accommodation facility when <see cref="FacilityId"/> is set).</summary>
public sealed record PlaceStaff(string Place, Guid? FacilityId, IReadOnlyList<PlaceDeployment> Deployments);

/// <summary>One person deployed at a place: kind, days (both included) and the BCP 47 codes of the languages they speak.</summary>
public sealed record PlaceDeployment(MemberKind Kind, DateOnly From, DateOnly To, IReadOnlyList<string> Languages);

/// <summary>A home department's load as of its latest assignment or release in the crisis: pool members, cap, and when its members are away.</summary>
public sealed record DepartmentFigures(string Name, int PoolMembers, int Cap, IReadOnlyList<DeploymentPeriod> Away, DateTimeOffset LastChange)
{
    public static DepartmentFigures Of(DepartmentLoad load, DateTimeOffset at) => new(load.Name, load.PoolMembers, load.Cap, load.Away, at);
}

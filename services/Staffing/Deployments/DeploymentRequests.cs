using Krisenstab.Contracts.Staffing;
using Krisenstab.ServiceDefaults;

namespace Krisenstab.Staffing.Deployments;

/// <summary>
/// The body of <c>POST /requests</c>: a unit asks for <paramref name="Needed"/> people with skills and languages (BCP 47), at a
/// place (optionally an accommodation facility), from a day to a day; <paramref name="Interpreting"/> lets volunteer
/// interpreters claim it themselves.
/// </summary>
public sealed record RequestDeploymentRequest(
    string? Unit, string? Place, Guid? FacilityId, int? Needed, IReadOnlyList<Skill>? RequiredSkills, IReadOnlyList<string>? RequiredLanguages,
    DateOnly? From, DateOnly? To, bool? Interpreting, Guid? CrisisId)
{
    public (RequestDeployment? Command, DomainError? Error) ToCommand(Guid requestId) =>
        Needed is null ? (null, DomainError.Invalid("needed", "'needed' is required: how many people."))
        : From is null ? (null, DomainError.Invalid("from", "'from' is required: the first day (yyyy-MM-dd)."))
        : To is null ? (null, DomainError.Invalid("to", "'to' is required: the last day (yyyy-MM-dd)."))
        : (new RequestDeployment(
            requestId, Unit ?? "", Place ?? "", FacilityId, Needed.Value, RequiredSkills ?? [], RequiredLanguages ?? [],
            new DeploymentPeriod(From.Value, To.Value), Interpreting ?? false, CrisisId), null);
}

public sealed record RequestCreated(Guid Id);

/// <summary><c>{"memberId"}</c> for an assignment or a claim.</summary>
public sealed record AssignMemberRequest(Guid? MemberId);

public sealed record AssignmentCreated(Guid RequestId, Guid MemberId, int Needed, int Assigned);

public sealed record RecordHoursRequest(DateOnly? Day, decimal? Hours);

public sealed record AssignmentView(Guid MemberId, string? HomeDepartment, string Status, bool SelfClaimed, decimal Hours);

/// <summary>A request and how far it is filled.</summary>
public sealed record RequestView(
    Guid Id, string Unit, string Place, Guid? FacilityId, IReadOnlyList<Skill> RequiredSkills, IReadOnlyList<string> RequiredLanguages,
    DateOnly From, DateOnly To, bool Interpreting, int Needed, int Assigned, int Open, IReadOnlyList<AssignmentView> Assignments)
{
    public static RequestView Of(DeploymentRequest r) => new(
        r.Id, r.Unit, r.Place, r.FacilityId, r.RequiredSkills, r.RequiredLanguages, r.Period.From, r.Period.To, r.Interpreting,
        r.Fill.Needed, r.Fill.Assigned, r.Fill.Open,
        [.. r.Assignments.Values.OrderBy(a => a.MemberId).Select(a => new AssignmentView(a.MemberId, a.HomeDepartment, Queries.Wire.Of(a.Status), a.SelfClaimed, a.TotalHours))]);
}

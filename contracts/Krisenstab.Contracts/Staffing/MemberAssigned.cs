namespace Krisenstab.Contracts.Staffing;

/// <summary>
/// A member was assigned to a request (by staff, or claimed by the volunteer: <paramref name="SelfClaimed"/>). Carries
/// what the picture needs without asking: the home department the member is drawn from, the place, the facility and the
/// language codes the member speaks; for staff the home department's load after the assignment.
/// </summary>
[EventName("staffing.member-assigned.v1")]
public sealed record MemberAssigned(
    Guid RequestId,
    Guid MemberId,
    MemberKind Kind,
    string? HomeDepartment,
    string Place,
    Guid? FacilityId,
    DeploymentPeriod Period,
    IReadOnlyList<string> Languages,
    bool SelfClaimed,
    RequestFill Fill,
    DepartmentLoad? Department = null) : IDeploymentEvent;

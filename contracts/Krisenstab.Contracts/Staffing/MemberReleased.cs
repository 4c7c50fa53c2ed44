namespace Krisenstab.Contracts.Staffing;

/// <summary>
/// The member went back to the home department (or home); the place on the request is open again. For staff it carries
/// the home department's load after the release.
/// </summary>
[EventName("staffing.member-released.v1")]
public sealed record MemberReleased(Guid RequestId, Guid MemberId, string? HomeDepartment, Guid? FacilityId, RequestFill Fill, DepartmentLoad? Department = null) : IDeploymentEvent;

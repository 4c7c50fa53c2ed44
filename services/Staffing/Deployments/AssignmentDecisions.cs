using Krisenstab.Contracts.Staffing;
using Krisenstab.ServiceDefaults;
using Krisenstab.ServiceDefaults.Commands;
using Krisenstab.Staffing.Members;

namespace Krisenstab.Staffing.Deployments;

/// <summary>How a member comes onto a request: assigned by staff, or claimed by the volunteer (first come, first served).</summary>
public enum AssignmentWay
{
    ByStaff,
    Claimed,
}

/// <summary>
/// Assigning and releasing as pure decisions over the request, the member's bookings and — for staff — the home
/// department: each writes every stream it depends on, so one atomic append checks the member's overlap and the
/// department's cap together with the request's fill. The department is null for volunteers (no cap); then the
/// decision has events for two streams.
/// </summary>
public static class AssignmentDecisions
{
    public static JointDecision Assign(
        DeploymentRequest request, MemberBookings bookings, Department? department, PoolMember member, Guid requestId, AssignmentWay way, decimal departmentShare)
    {
        if (!request.Exists)
        {
            return RequestCommands.NotFound(requestId);
        }
        if (!member.Exists)
        {
            return DomainError.Invalid("memberId", "There is no such pool member.");
        }
        if (RequestCommands.ActiveAssignment(request, member.Id) is not null)
        {
            return DomainError.Conflict("member-already-assigned", $"Member {member.Id} is assigned to this request already.");
        }
        if (way == AssignmentWay.Claimed && ClaimRefusal(request, member) is { } notClaimable)
        {
            return notClaimable;
        }
        if (request.IsFilled)
        {
            return DomainError.Conflict("request-filled", $"The request is filled: {request.Needed} of {request.Needed} assigned.");
        }
        if (bookings.Clash(request.Period) is { } other)
        {
            return DomainError.Conflict("member-double-booked", $"Member {member.Id} is deployed on request {other} in an overlapping period.");
        }
        if (department is not null && department.PeakAway(request.Period) + 1 > department.Cap(departmentShare))
        {
            return DomainError.Conflict(
                "department-cap-reached",
                $"{member.HomeDepartment} may have at most {department.Cap(departmentShare)} of its {department.Members.Count} pool members away at once.");
        }
        var away = department is null ? null : new DepartmentMemberAway(member.HomeDepartment!, member.Id, request.Id, request.Period);
        var assigned = new MemberAssigned(
            request.Id, member.Id, member.Kind, member.HomeDepartment, request.Place, request.FacilityId, request.Period,
            [.. member.Languages.Select(l => l.Code)], way == AssignmentWay.Claimed, request.Fill with { Assigned = request.Fill.Assigned + 1 },
            department?.Apply(away!).LoadOf(member.HomeDepartment!, departmentShare));
        var booked = new MemberBooked(member.Id, request.Id, request.Period);
        return away is null
            ? JointDecision.Accept([assigned], [booked])
            : JointDecision.Accept([assigned], [booked], [away]);
    }

    /// <summary>Back to the home department: the booking and the department's count are freed with the request's place.</summary>
    public static JointDecision Release(
        DeploymentRequest request, MemberBookings bookings, Department? department, Guid requestId, Guid memberId, decimal departmentShare)
    {
        if (!request.Exists)
        {
            return RequestCommands.NotFound(requestId);
        }
        if (RequestCommands.ActiveAssignment(request, memberId) is not { } assignment)
        {
            return RequestCommands.NotAssigned(request, memberId);
        }
        if (department is null && assignment.HomeDepartment is not null)
        {
            // Assigned after the caller looked: run again with the department's ledger.
            return DomainError.Conflict("concurrent-change", "The assignment changed while this was decided; try again.");
        }
        var back = department is null ? null : new DepartmentMemberBack(assignment.HomeDepartment!, memberId, request.Id);
        var released = new MemberReleased(
            request.Id, memberId, assignment.HomeDepartment, request.FacilityId, request.Fill with { Assigned = request.Fill.Assigned - 1 },
            department?.Apply(back!).LoadOf(assignment.HomeDepartment!, departmentShare));
        var freed = new MemberFreed(memberId, request.Id);
        return back is null
            ? JointDecision.Accept([released], [freed])
            : JointDecision.Accept([released], [freed], [back]);
    }

    /// <summary>A volunteer may claim an open interpreting request in a language they speak; null when they may.</summary>
    public static DomainError? ClaimRefusal(DeploymentRequest request, PoolMember member) =>
        !member.MayClaim ? DomainError.Conflict("claim-not-allowed", "Only volunteers and interpreters claim requests themselves; staff are assigned.")
        : !request.Interpreting ? DomainError.Conflict("claim-not-allowed", "Only interpreting requests can be claimed.")
        : !request.RequiredLanguages.Any(member.Speaks) ? DomainError.Conflict("claim-not-allowed", "The member speaks none of the languages the request asks for.")
        : null;
}

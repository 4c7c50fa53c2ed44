using Krisenstab.Contracts;
using Krisenstab.Contracts.Staffing;

namespace Krisenstab.Staffing.Deployments;

/// <summary>The member is booked for the request's period. Private to the module (the member's booking ledger).</summary>
[EventName("staffing.member-booked.private.v1")]
public sealed record MemberBooked(Guid MemberId, Guid RequestId, DeploymentPeriod Period);

/// <summary>The member's booking for the request ended (released). Private.</summary>
[EventName("staffing.member-freed.private.v1")]
public sealed record MemberFreed(Guid MemberId, Guid RequestId);

/// <summary>A staff member of the department joined the pool. Private (the department's ledger).</summary>
[EventName("staffing.department-member-joined.private.v1")]
public sealed record DepartmentMemberJoined(string Department, Guid MemberId);

/// <summary>A member of the department is away on the request for the period. Private.</summary>
[EventName("staffing.department-member-away.private.v1")]
public sealed record DepartmentMemberAway(string Department, Guid MemberId, Guid RequestId, DeploymentPeriod Period);

/// <summary>The member is back from the request. Private.</summary>
[EventName("staffing.department-member-back.private.v1")]
public sealed record DepartmentMemberBack(string Department, Guid MemberId, Guid RequestId);

public static class PrivateEvents
{
    /// <summary>The ledgers' events stay in the module's store: the store-to-bus publisher does not know them.</summary>
    public static EventTypeMap Map { get; } = EventTypeMap.FromTypes(
        typeof(MemberBooked), typeof(MemberFreed), typeof(DepartmentMemberJoined), typeof(DepartmentMemberAway), typeof(DepartmentMemberBack));
}

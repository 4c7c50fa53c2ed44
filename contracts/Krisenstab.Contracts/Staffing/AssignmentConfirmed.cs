namespace Krisenstab.Contracts.Staffing;

/// <summary>The member's assignment is confirmed (the member and the home department agreed).</summary>
[EventName("staffing.assignment-confirmed.v1")]
public sealed record AssignmentConfirmed(Guid RequestId, Guid MemberId, string? HomeDepartment, RequestFill Fill) : IDeploymentEvent;

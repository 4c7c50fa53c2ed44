namespace Krisenstab.Contracts.Staffing;

/// <summary>The member worked <paramref name="Hours"/> on <paramref name="Day"/> for the request (for the expense allowance).</summary>
[EventName("staffing.hours-recorded.v1")]
public sealed record HoursRecorded(Guid RequestId, Guid MemberId, DateOnly Day, decimal Hours, RequestFill Fill) : IDeploymentEvent;

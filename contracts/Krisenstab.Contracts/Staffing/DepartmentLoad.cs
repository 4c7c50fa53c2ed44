namespace Krisenstab.Contracts.Staffing;

/// <summary>
/// A home department's load after an assignment or release: its pool members, how many of them may be away at once,
/// and the periods its members are away (no one named), so that a reader can tell on any day how near it is to its cap.
/// </summary>
public sealed record DepartmentLoad(string Name, int PoolMembers, int Cap, IReadOnlyList<DeploymentPeriod> Away);

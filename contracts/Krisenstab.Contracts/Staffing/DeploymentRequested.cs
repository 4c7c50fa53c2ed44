namespace Krisenstab.Contracts.Staffing;

/// <summary>
/// A unit asks for <c>Fill.Needed</c> people with the skills and languages given, at a place (optionally an accommodation
/// facility) for a period. An interpreting request may be claimed by volunteer interpreters themselves.
/// </summary>
[EventName("staffing.deployment-requested.v1")]
public sealed record DeploymentRequested(
    Guid RequestId,
    string Unit,
    string Place,
    Guid? FacilityId,
    IReadOnlyList<Skill> RequiredSkills,
    IReadOnlyList<string> RequiredLanguages,
    DeploymentPeriod Period,
    bool Interpreting,
    RequestFill Fill) : IDeploymentEvent;

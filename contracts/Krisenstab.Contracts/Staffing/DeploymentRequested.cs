namespace Krisenstab.Contracts.Staffing;

/// <summary>
/// A unit asks for <c>Fill.Needed</c> people with the skills and languages given, at a place (optionally an accommodation
/// facility) for a period. An interpreting request may be claimed by volunteer interpreters themselves. Made for a
/// crisis when <paramref name="CrisisId"/> is set: then every later event of the request names that crisis in its metadata too.
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
    RequestFill Fill,
    Guid? CrisisId = null) : IDeploymentEvent;

using Krisenstab.Contracts.Staffing;
using Krisenstab.ServiceDefaults;
using Krisenstab.ServiceDefaults.Domain;
using Krisenstab.Staffing.Members;

namespace Krisenstab.Staffing.Deployments;

public sealed record RequestDeployment(
    Guid RequestId, string Unit, string Place, Guid? FacilityId, int Needed,
    IReadOnlyList<Skill> RequiredSkills, IReadOnlyList<string> RequiredLanguages, DeploymentPeriod Period, bool Interpreting, Guid? CrisisId = null);

/// <summary>Asking for people, confirming an assignment, recording hours: pure decisions on one request.</summary>
public static class RequestCommands
{
    public const int MaxNeeded = 200;
    public const decimal MaxHoursPerDay = 24;

    public static Decision Request(DeploymentRequest state, RequestDeployment command)
    {
        if (state.Exists)
        {
            return DomainError.Conflict("request-exists", $"Request {command.RequestId} exists already.");
        }
        var invalid = Checks.First(
            Checks.Required(command.Unit, "unit"),
            Checks.Required(command.Place, "place"),
            Checks.InRange(command.Needed, "needed", 1, MaxNeeded),
            Checks.AtMost(command.RequiredSkills, "requiredSkills"),
            Checks.AtMost(command.RequiredLanguages, "requiredLanguages"),
            Checks.Period(command.Period.From, command.Period.To, "period"),
            command.Interpreting && command.RequiredLanguages.Count == 0
                ? DomainError.Invalid("requiredLanguages", "An interpreting request names at least one language.") : null);
        if (invalid is not null)
        {
            return invalid;
        }
        var languages = new List<string>();
        foreach (var language in command.RequiredLanguages)
        {
            if (LanguageTag.Canonical(language) is not { } code)
            {
                return DomainError.Invalid("requiredLanguages", $"'{language}' is not a BCP 47 language tag (such as uk, ru, ar, fa-AF).");
            }
            languages.Add(code);
        }
        return Decision.Accept(new DeploymentRequested(
            command.RequestId, command.Unit.Trim(), command.Place.Trim(), command.FacilityId, [.. command.RequiredSkills.Distinct().Order()],
            [.. languages.Distinct()], command.Period, command.Interpreting, new RequestFill(command.Needed, 0), command.CrisisId));
    }

    /// <summary>The member and the home department agreed; confirming twice changes nothing.</summary>
    public static Decision Confirm(DeploymentRequest state, Guid memberId)
    {
        if (ActiveAssignment(state, memberId) is not { } assignment)
        {
            return NotAssigned(state, memberId);
        }
        return assignment.Status == AssignmentStatus.Confirmed
            ? Decision.Nothing
            : Decision.Accept(new AssignmentConfirmed(state.Id, memberId, assignment.HomeDepartment, state.Fill));
    }

    /// <summary>Hours worked on one day of the deployment; recording a day again replaces its hours.</summary>
    public static Decision RecordHours(DeploymentRequest state, Guid memberId, DateOnly day, decimal hours)
    {
        if (!state.Assignments.TryGetValue(memberId, out var assignment))
        {
            return NotAssigned(state, memberId);
        }
        var invalid = Checks.First(
            hours <= 0 || hours > MaxHoursPerDay ? DomainError.Invalid("hours", $"'hours' must be more than 0 and at most {MaxHoursPerDay}.") : null,
            decimal.Round(hours, 2) != hours ? DomainError.Invalid("hours", "'hours' has at most two decimals.") : null,
            state.Period.Covers(day) ? null : DomainError.Invalid("day", $"'day' must lie in the deployment, {state.Period.From:yyyy-MM-dd} to {state.Period.To:yyyy-MM-dd}."));
        if (invalid is not null)
        {
            return invalid;
        }
        return assignment.Hours.TryGetValue(day, out var recorded) && recorded == hours
            ? Decision.Nothing
            : Decision.Accept(new HoursRecorded(state.Id, memberId, day, hours, state.Fill));
    }

    public static Assignment? ActiveAssignment(DeploymentRequest state, Guid memberId) =>
        state.Assignments.TryGetValue(memberId, out var assignment) && assignment.IsActive ? assignment : null;

    public static DomainError NotFound(Guid requestId) => DomainError.NotFound("request", $"There is no deployment request {requestId}.");

    public static DomainError NotAssigned(DeploymentRequest state, Guid memberId) =>
        DomainError.NotFound("assignment", $"Member {memberId} is not assigned to request {state.Id}.");
}

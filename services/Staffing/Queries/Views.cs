using Krisenstab.Contracts.Staffing;
using Krisenstab.Staffing.Deployments;
using Krisenstab.Staffing.Members;

namespace Krisenstab.Staffing.Queries;

/// <summary>Who is deployed where on a day.</summary>
public sealed record DeployedToday(Guid MemberId, string Name, MemberKind Kind, string? HomeDepartment, Guid RequestId, string Place, Guid? FacilityId, IReadOnlyList<string> Languages);

/// <summary>A home department: its pool members, how many are away on the day, and how many may be at once.</summary>
public sealed record DepartmentView(string Department, int PoolMembers, int Away, int Cap, bool NearCap);

/// <summary>A member who has been deployed on requests asking for the skill or language.</summary>
public sealed record ExperienceView(Guid MemberId, string Name, MemberKind Kind, string? HomeDepartment, int Deployments);

/// <summary>The read side's pure views over the directory.</summary>
public static class Views
{
    public static IEnumerable<(PoolMember Member, DeploymentRequest Request)> DeployedOn(StaffingDirectory directory, DateOnly day) =>
        directory.Requests
            .Where(r => r.Period.Covers(day))
            .SelectMany(r => r.Assignments.Values.Where(a => a.IsActive).Select(a => (directory.FindMember(a.MemberId), r)))
            .Where(x => x.Item1 is not null)
            .Select(x => (x.Item1!, x.r));

    public static IReadOnlyList<DepartmentView> Departments(StaffingDirectory directory, DateOnly day, decimal share)
    {
        var awayToday = DeployedOn(directory, day).Where(x => x.Member.HomeDepartment is not null)
            .GroupBy(x => Department.KeyOf(x.Member.HomeDepartment!)).ToDictionary(g => g.Key, g => g.Select(x => x.Member.Id).Distinct().Count());
        return [.. directory.Members
            .Where(m => m.HomeDepartment is not null)
            .GroupBy(m => Department.KeyOf(m.HomeDepartment!))
            .Select(g =>
            {
                var cap = (int)Math.Floor(g.Count() * share);
                var away = awayToday.GetValueOrDefault(g.Key);
                return new DepartmentView(g.First().HomeDepartment!, g.Count(), away, cap, away >= cap || away + 1 >= cap);
            })
            .OrderBy(d => d.Department, StringComparer.OrdinalIgnoreCase)];
    }

    public static IEnumerable<(PoolMember Member, int Deployments)> Experienced(StaffingDirectory directory, Skill? skill, string? language) =>
        directory.Members
            .Select(m => (m, directory.AssignmentsOf(m.Id).Count(x =>
                (skill is null || x.Request.RequiredSkills.Contains(skill.Value))
                && (language is null || x.Request.RequiredLanguages.Any(l => LanguageTag.Serves(l, language))))))
            .Where(x => x.Item2 > 0)
            .OrderByDescending(x => x.Item2)
            .ThenBy(x => x.m.Id);

    /// <summary>Open interpreting requests in a language the member speaks, which the member may claim.</summary>
    public static IEnumerable<DeploymentRequest> Claimable(StaffingDirectory directory, PoolMember member) =>
        directory.Requests
            .Where(r => !r.IsFilled && AssignmentDecisions.ClaimRefusal(r, member) is null && RequestCommands.ActiveAssignment(r, member.Id) is null)
            .OrderBy(r => r.Period.From);
}

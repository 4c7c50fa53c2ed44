using Krisenstab.Contracts.Staffing;
using Krisenstab.Staffing.Deployments;
using Krisenstab.Staffing.Members;

namespace Krisenstab.Staffing.Queries;

/// <summary>One member who could go, and why they rank where they do.</summary>
public sealed record Suggestion(
    Guid MemberId, MemberKind Kind, string? HomeDepartment, IReadOnlyList<string> Languages, IReadOnlyList<Skill> Skills, bool Available, int Experience);

/// <summary>
/// Members for a request, best fit first: required languages matched, then skills matched, then availability over the
/// whole period, then experience (earlier deployments, kept across crises). Left out: members already on the request,
/// booked in an overlapping period, or whose department is at its share cap for the period. Pure over the directory.
/// </summary>
public static class Suggestions
{
    public static IReadOnlyList<Suggestion> Rank(StaffingDirectory directory, DeploymentRequest request, decimal departmentShare, int limit)
    {
        var requests = directory.Requests.ToList();
        var members = directory.Members.ToList();
        var busy = requests
            .Where(r => r.Period.Overlaps(request.Period) || r.Id == request.Id)
            .SelectMany(r => r.Assignments.Values.Where(a => a.IsActive).Select(a => a.MemberId))
            .ToHashSet();
        var atCap = members
            .Where(m => m.HomeDepartment is not null)
            .GroupBy(m => Department.KeyOf(m.HomeDepartment!))
            .Where(g => AwayPeak(requests, g.Key, request.Period) + 1 > (int)Math.Floor(g.Count() * departmentShare))
            .Select(g => g.Key)
            .ToHashSet(StringComparer.Ordinal);
        return [.. members
            .Where(m => !busy.Contains(m.Id) && (m.HomeDepartment is null || !atCap.Contains(Department.KeyOf(m.HomeDepartment))))
            .Select(m => Describe(directory, request, m))
            .OrderByDescending(s => s.Languages.Count)
            .ThenByDescending(s => s.Skills.Count)
            .ThenByDescending(s => s.Available)
            .ThenByDescending(s => s.Experience)
            .ThenBy(s => s.MemberId)
            .Take(limit)];
    }

    private static Suggestion Describe(StaffingDirectory directory, DeploymentRequest request, PoolMember member) => new(
        member.Id,
        member.Kind,
        member.HomeDepartment,
        [.. request.RequiredLanguages.Where(member.Speaks)],
        [.. request.RequiredSkills.Where(member.Skills.Contains)],
        member.IsAvailableFor(request.Period),
        directory.AssignmentsOf(member.Id).Count(x => x.Request.Id != request.Id));

    private static int AwayPeak(IEnumerable<DeploymentRequest> requests, string departmentKey, DeploymentPeriod period) =>
        Department.PeakOf(
            requests.SelectMany(r => r.Assignments.Values
                .Where(a => a.IsActive && a.HomeDepartment is not null && Department.KeyOf(a.HomeDepartment) == departmentKey)
                .Select(_ => r.Period)),
            period);
}

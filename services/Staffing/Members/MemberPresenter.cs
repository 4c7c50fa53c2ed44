using Krisenstab.ServiceDefaults.PersonalData;
using Krisenstab.Staffing.Queries;
using Microsoft.Extensions.DependencyInjection;

namespace Krisenstab.Staffing.Members;

/// <summary>Reveals members' personal fields for an answer — the only place the plaintext appears.</summary>
public sealed class MemberPresenter([FromKeyedServices(StaffingModule.StoreName)] PersonalDataVault vault, StaffingDirectory directory)
{
    public async Task<IReadOnlyList<MemberView>> ViewsAsync(IReadOnlyList<PoolMember> members, CancellationToken cancellationToken)
    {
        const int Fields = 4;
        var revealed = await vault.RevealAsync([.. members.SelectMany(m => new[] { m.Name, m.Phone, m.Email, m.Account })], cancellationToken);
        return [.. members.Select((m, i) => new MemberView(
            m.Id, PoolMemberSubject(m.Id), m.Kind, m.HomeDepartment,
            revealed[Fields * i]!, revealed[(Fields * i) + 1], revealed[(Fields * i) + 2], revealed[(Fields * i) + 3],
            m.Skills, m.Languages, m.Availability, DeploymentsOf(m.Id)))];
    }

    /// <summary>Names in the given order (for suggestions, lists and the CSV).</summary>
    public async Task<IReadOnlyList<string>> NamesAsync(IEnumerable<Guid> memberIds, CancellationToken cancellationToken) =>
        [.. (await vault.RevealAsync([.. memberIds.Select(id => directory.FindMember(id)?.Name)], cancellationToken)).Select(n => n ?? "")];

    public static string PoolMemberSubject(Guid memberId) => PersonalSubject.For(PoolMember.SubjectKind, memberId);

    private List<DeploymentView> DeploymentsOf(Guid memberId) =>
        [.. directory.AssignmentsOf(memberId)
            .OrderBy(x => x.Request.Period.From)
            .Select(x => new DeploymentView(
                x.Request.Id, x.Request.Unit, x.Request.Place, x.Request.Period, Queries.Wire.Of(x.Assignment.Status), x.Assignment.TotalHours))];
}

using Krisenstab.Contracts;
using Krisenstab.Contracts.Staffing;
using Krisenstab.Staffing.Deployments;
using Krisenstab.Staffing.Members;

namespace Krisenstab.Staffing.Tests.Domain;

/// <summary>Given events / when a decision / then events or a refusal — pure, no I/O.</summary>
public static class Spec
{
    public static readonly Guid RequestId = Guid.Parse("0193a5b0-0000-7000-8000-00000000a001");
    public static readonly Guid OtherRequestId = Guid.Parse("0193a5b0-0000-7000-8000-00000000a002");
    public static readonly Guid MemberId = Guid.Parse("0193a5b0-0000-7000-8000-00000000b001");
    public static readonly DeploymentPeriod March = new(new DateOnly(2022, 3, 14), new DateOnly(2022, 3, 27));
    public const string HomeDepartment = "Bürgeramt";

    public static PoolMember Member(MemberKind kind = MemberKind.Staff, Guid? id = null, params string[] languages) =>
        PoolMember.None.Apply(new MemberRegistered(
            id ?? MemberId, kind, kind == MemberKind.Staff ? HomeDepartment : null, new PersonalText("member-x", "sealed"), null, null,
            [Skill.Registration], [.. languages.Select(l => new MemberLanguage(l, LanguageLevel.Fluent))], [new AvailabilityWindow(March.From, March.To, 20)]));

    public static DeploymentRequest Request(int needed = 2, bool interpreting = false, DeploymentPeriod? period = null, Guid? id = null, params string[] languages) =>
        DeploymentRequest.None.Apply(new DeploymentRequested(
            id ?? RequestId, "Ankunftszentrum", "Messehalle 2", null, [Skill.Registration], languages, period ?? March, interpreting, new RequestFill(needed, 0)));

    public static DeploymentRequest Assigned(this DeploymentRequest request, Guid memberId) => request.Apply(new MemberAssigned(
        request.Id, memberId, MemberKind.Staff, HomeDepartment, request.Place, null, request.Period, [], false, request.Fill with { Assigned = request.Fill.Assigned + 1 }));

    public static MemberBookings Booked(Guid requestId, DeploymentPeriod period) => MemberBookings.None.Apply(new MemberBooked(MemberId, requestId, period));

    /// <summary>A department with <paramref name="members"/> pool members, the first <paramref name="away"/> of them away in March.</summary>
    public static Deployments.Department DepartmentOf(int members, int away = 0) =>
        Enumerable.Range(0, members).Aggregate(Deployments.Department.None, (d, i) =>
        {
            var member = Guid.CreateVersion7();
            var joined = d.Apply(new DepartmentMemberJoined(HomeDepartment, member));
            return i < away ? joined.Apply(new DepartmentMemberAway(HomeDepartment, member, Guid.CreateVersion7(), March)) : joined;
        });
}

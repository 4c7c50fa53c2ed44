using Krisenstab.Contracts;
using Krisenstab.Contracts.Staffing;
using Krisenstab.ServiceDefaults;
using Krisenstab.Staffing.Deployments;
using Krisenstab.Staffing.Members;
using static Krisenstab.Staffing.Tests.Domain.Spec;

namespace Krisenstab.Staffing.Tests.Domain;

public sealed class MemberTests
{
    private static readonly PersonalText Name = new("member-x", "sealed");

    private static RegisterMember Registering(MemberKind kind, string? department, params MemberLanguage[] languages) =>
        new(MemberId, new MemberProfile(kind, department, [Skill.SocialWork], languages, []), Name, null, null);

    [Fact]
    public void Staff_join_the_pool_and_their_department_together()
    {
        var decision = MemberCommands.Register(PoolMember.None, Deployments.Department.None, Registering(MemberKind.Staff, " Sozialamt ", new MemberLanguage("fa-af", LanguageLevel.Native)));

        Assert.Null(decision.Error);
        var registered = Assert.IsType<MemberRegistered>(Assert.Single(decision.Events[0]));
        Assert.Equal(("Sozialamt", "fa-AF"), (registered.HomeDepartment, registered.Languages[0].Code));
        Assert.Equal(new DepartmentMemberJoined("Sozialamt", MemberId), Assert.Single(decision.Events[1]));
    }

    [Theory]
    [InlineData(MemberKind.Staff, null)]
    [InlineData(MemberKind.Volunteer, "Sozialamt")]
    public void Staff_and_only_staff_have_a_home_department(MemberKind kind, string? department)
    {
        var decision = MemberCommands.Register(PoolMember.None, Deployments.Department.None, Registering(kind, department));

        Assert.Equal("homeDepartment", decision.Error?.Field);
    }

    [Theory]
    [InlineData("russisch")]
    [InlineData("r1")]
    [InlineData("uk--UA")]
    public void Languages_must_be_BCP_47_tags(string code)
    {
        var decision = MemberCommands.Register(PoolMember.None, Deployments.Department.None, Registering(MemberKind.Volunteer, null, new MemberLanguage(code, LanguageLevel.Basic)));

        Assert.Equal("languages", decision.Error?.Field);
    }

    [Theory]
    [InlineData("uk", "uk", true)]
    [InlineData("uk-UA", "uk", true)]
    [InlineData("uk", "uk-UA", false)]
    [InlineData("ru", "uk", false)]
    public void A_language_serves_a_request_for_it_or_for_its_language(string spoken, string asked, bool serves) =>
        Assert.Equal(serves, LanguageTag.Serves(spoken, asked));

    [Theory]
    [InlineData("ZH-hant-tw", "zh-Hant-TW")]
    [InlineData("es-419", "es-419")]
    [InlineData("sr-latn", "sr-Latn")]
    public void Tags_are_made_canonical(string tag, string canonical) => Assert.Equal(canonical, LanguageTag.Canonical(tag));

    [Fact]
    public void Registering_twice_is_a_conflict()
    {
        var decision = MemberCommands.Register(Member(), Deployments.Department.None, Registering(MemberKind.Staff, "Sozialamt"));

        Assert.Equal((DomainErrorKind.Conflict, "member-exists"), (decision.Error?.Kind, decision.Error?.Code));
    }

    [Fact]
    public void Availability_windows_are_checked_and_replace_the_earlier_ones()
    {
        Assert.Equal("availability", MemberCommands.ChangeAvailability(Member(), MemberId, [new(March.To, March.From, 10)]).Error?.Field);
        Assert.Equal("availability", MemberCommands.ChangeAvailability(Member(), MemberId, [new(March.From, March.To, 0)]).Error?.Field);
        var changed = MemberCommands.ChangeAvailability(Member(), MemberId, [new(March.From, March.To, 10)]);
        Assert.Equal(10, Assert.IsType<AvailabilityChanged>(Assert.Single(changed.Events)).Availability[0].HoursPerWeek);
        Assert.Equal(DomainErrorKind.NotFound, MemberCommands.ChangeAvailability(PoolMember.None, MemberId, []).Error?.Kind);
    }
}

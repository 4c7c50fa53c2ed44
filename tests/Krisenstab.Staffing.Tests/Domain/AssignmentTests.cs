using Krisenstab.Contracts.Staffing;
using Krisenstab.ServiceDefaults;
using Krisenstab.ServiceDefaults.Commands;
using Krisenstab.Staffing.Deployments;
using static Krisenstab.Staffing.Tests.Domain.Spec;

namespace Krisenstab.Staffing.Tests.Domain;

public sealed class AssignmentTests
{
    private const decimal Half = 0.5m;

    [Fact]
    public void A_staff_member_is_booked_and_away_from_the_department_with_the_fill_after()
    {
        var decision = AssignmentDecisions.Assign(Request(), MemberBookings.None, DepartmentOf(4), Member(), RequestId, AssignmentWay.ByStaff, Half);

        Assert.Null(decision.Error);
        var assigned = Assert.IsType<MemberAssigned>(Assert.Single(decision.Events[0]));
        Assert.Equal((MemberId, HomeDepartment, new RequestFill(2, 1), false), (assigned.MemberId, assigned.HomeDepartment, assigned.Fill, assigned.SelfClaimed));
        Assert.Equal(new MemberBooked(MemberId, RequestId, March), Assert.Single(decision.Events[1]));
        Assert.Equal(new DepartmentMemberAway(HomeDepartment, MemberId, RequestId, March), Assert.Single(decision.Events[2]));
    }

    [Fact]
    public void An_assignment_tells_the_department_load_after_it_without_naming_anyone()
    {
        var decision = AssignmentDecisions.Assign(Request(), MemberBookings.None, DepartmentOf(4, away: 1), Member(), RequestId, AssignmentWay.ByStaff, Half);

        var load = Assert.IsType<MemberAssigned>(Assert.Single(decision.Events[0])).Department;
        Assert.NotNull(load);
        Assert.Equal((HomeDepartment, 4, 2), (load.Name, load.PoolMembers, load.Cap));
        Assert.Equal([March, March], load.Away);
    }

    [Fact]
    public void A_member_booked_in_an_overlapping_period_is_refused()
    {
        var overlapping = new DeploymentPeriod(March.To, March.To.AddDays(7));

        var decision = AssignmentDecisions.Assign(Request(), Booked(OtherRequestId, overlapping), DepartmentOf(4), Member(), RequestId, AssignmentWay.ByStaff, Half);

        Refused(decision, "member-double-booked");
    }

    [Fact]
    public void A_member_booked_right_after_the_period_may_go()
    {
        var after = new DeploymentPeriod(March.To.AddDays(1), March.To.AddDays(7));

        var decision = AssignmentDecisions.Assign(Request(), Booked(OtherRequestId, after), DepartmentOf(4), Member(), RequestId, AssignmentWay.ByStaff, Half);

        Assert.Null(decision.Error);
    }

    [Fact]
    public void A_filled_request_takes_no_one_more()
    {
        var filled = Request(needed: 1).Assigned(Guid.CreateVersion7());

        Refused(AssignmentDecisions.Assign(filled, MemberBookings.None, DepartmentOf(4), Member(), RequestId, AssignmentWay.ByStaff, Half), "request-filled");
    }

    [Fact]
    public void The_same_member_twice_on_one_request_is_refused()
    {
        Refused(
            AssignmentDecisions.Assign(Request().Assigned(MemberId), MemberBookings.None, DepartmentOf(4), Member(), RequestId, AssignmentWay.ByStaff, Half),
            "member-already-assigned");
    }

    [Fact]
    public void A_department_at_its_share_is_not_drawn_further()
    {
        // Four pool members, half may go: two are away in March already.
        Refused(AssignmentDecisions.Assign(Request(), MemberBookings.None, DepartmentOf(4, away: 2), Member(), RequestId, AssignmentWay.ByStaff, Half), "department-cap-reached");
        Assert.Null(AssignmentDecisions.Assign(Request(), MemberBookings.None, DepartmentOf(4, away: 1), Member(), RequestId, AssignmentWay.ByStaff, Half).Error);
    }

    [Fact]
    public void Departments_away_in_another_period_do_not_count_against_the_cap()
    {
        var april = new DeploymentPeriod(new DateOnly(2022, 4, 1), new DateOnly(2022, 4, 10));

        Assert.Null(AssignmentDecisions.Assign(Request(period: april), MemberBookings.None, DepartmentOf(4, away: 2), Member(), RequestId, AssignmentWay.ByStaff, Half).Error);
    }

    [Fact]
    public void The_peak_counts_only_members_away_on_the_same_day()
    {
        var department = Deployments.Department.None
            .Apply(new DepartmentMemberAway(HomeDepartment, Guid.NewGuid(), Guid.NewGuid(), new(new DateOnly(2022, 3, 1), new DateOnly(2022, 3, 10))))
            .Apply(new DepartmentMemberAway(HomeDepartment, Guid.NewGuid(), Guid.NewGuid(), new(new DateOnly(2022, 3, 11), new DateOnly(2022, 3, 20))))
            .Apply(new DepartmentMemberAway(HomeDepartment, Guid.NewGuid(), Guid.NewGuid(), new(new DateOnly(2022, 3, 15), new DateOnly(2022, 3, 30))));

        Assert.Equal(1, department.PeakAway(new(new DateOnly(2022, 3, 5), new DateOnly(2022, 3, 12))));
        Assert.Equal(2, department.PeakAway(new(new DateOnly(2022, 3, 1), new DateOnly(2022, 3, 31))));
    }

    [Fact]
    public void A_volunteer_claims_an_interpreting_request_in_a_language_they_speak()
    {
        var interpreter = Member(MemberKind.Interpreter, languages: "uk-UA");

        var decision = AssignmentDecisions.Assign(Request(interpreting: true, languages: "uk"), MemberBookings.None, null, interpreter, RequestId, AssignmentWay.Claimed, Half);

        Assert.Null(decision.Error);
        Assert.Equal(2, decision.Events.Count);
        Assert.True(Assert.IsType<MemberAssigned>(Assert.Single(decision.Events[0])).SelfClaimed);
    }

    [Theory]
    [InlineData(MemberKind.Staff, true, "uk")]
    [InlineData(MemberKind.Interpreter, false, "uk")]
    [InlineData(MemberKind.Interpreter, true, "ar")]
    public void Claims_are_for_volunteers_on_interpreting_requests_in_their_languages(MemberKind kind, bool interpreting, string spoken)
    {
        var decision = AssignmentDecisions.Assign(
            Request(interpreting: interpreting, languages: "uk"), MemberBookings.None, null, Member(kind, languages: spoken), RequestId, AssignmentWay.Claimed, Half);

        Refused(decision, "claim-not-allowed");
    }

    [Fact]
    public void A_release_frees_the_booking_and_the_department()
    {
        var decision = AssignmentDecisions.Release(Request().Assigned(MemberId), Booked(RequestId, March), DepartmentOf(4, away: 1), RequestId, MemberId, Half);

        var released = Assert.IsType<MemberReleased>(Assert.Single(decision.Events[0]));
        Assert.Equal(new RequestFill(2, 0), released.Fill);
        Assert.Equal([March], released.Department?.Away);
        Assert.Equal(new MemberFreed(MemberId, RequestId), Assert.Single(decision.Events[1]));
        Assert.Equal(new DepartmentMemberBack(HomeDepartment, MemberId, RequestId), Assert.Single(decision.Events[2]));
    }

    [Fact]
    public void Releasing_who_is_not_assigned_is_not_found()
    {
        var decision = AssignmentDecisions.Release(Request(), MemberBookings.None, null, RequestId, MemberId, Half);

        Assert.Equal(DomainErrorKind.NotFound, decision.Error?.Kind);
    }

    private static void Refused(JointDecision decision, string code)
    {
        Assert.Equal((DomainErrorKind.Conflict, code), (decision.Error?.Kind, decision.Error?.Code));
        Assert.Empty(decision.Events);
    }
}

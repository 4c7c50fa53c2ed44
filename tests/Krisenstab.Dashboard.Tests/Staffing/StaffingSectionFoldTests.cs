using Krisenstab.Contracts;
using Krisenstab.Contracts.Staffing;
using Krisenstab.Dashboard.Pictures.Sections;
using Krisenstab.Dashboard.Tests.Support;

namespace Krisenstab.Dashboard.Tests.Staffing;

public sealed class StaffingSectionFoldTests
{
    private static readonly DateTimeOffset Nine = new(2022, 3, 14, 9, 0, 0, TimeSpan.Zero);
    private static readonly DeploymentPeriod March = new(new DateOnly(2022, 3, 14), new DateOnly(2022, 3, 27));
    private static readonly Guid Request = Guid.CreateVersion7();
    private static readonly Guid Facility = Guid.CreateVersion7();
    private static readonly Guid Member = Guid.CreateVersion7();

    [Fact]
    public void A_request_and_an_assignment_give_requested_versus_assigned_the_open_request_and_the_languages_at_the_place()
    {
        var section = Fold(Requested(needed: 2), Assigned(Member, 1, "uk", "ru"));

        Assert.Equal((2, 1), (section.Requested, section.Assigned));
        var open = Assert.Single(section.OpenRequests);
        Assert.Equal(("Turnhalle Nord", 1), (open.Place, open.Open));
        Assert.Equal(["uk"], open.Languages);
        var place = Assert.Single(section.Places);
        Assert.Equal((Facility, "Turnhalle Nord"), (place.FacilityId!.Value, place.Place));
        Assert.Equal(["uk", "ru"], Assert.Single(place.Deployments).Languages);
        var department = Assert.Single(section.Departments);
        Assert.Equal(("Bürgeramt", 4, 2, 1), (department.Name, department.PoolMembers, department.Cap, department.Away.Count));
    }

    [Fact]
    public void A_filled_request_is_not_open_and_a_release_takes_the_member_off_the_place()
    {
        var other = Guid.CreateVersion7();
        var filled = Fold(Requested(needed: 2), Assigned(Member, 1, "uk"), Assigned(other, 2, "ar"));
        var released = Fold(Requested(needed: 2), Assigned(Member, 1, "uk"), Assigned(other, 2, "ar"), Released(Member, 1));

        Assert.Empty(filled.OpenRequests);
        Assert.Equal(2, Assert.Single(filled.Places).Deployments.Count);
        Assert.Equal(["ar"], Assert.Single(Assert.Single(released.Places).Deployments).Languages);
        Assert.Equal(1, Assert.Single(released.OpenRequests).Open);
        Assert.Empty(Assert.Single(released.Departments).Away);
    }

    [Fact]
    public void Events_out_of_order_end_in_the_same_section()
    {
        var inOrder = Fold(Requested(needed: 2), Assigned(Member, 1, "uk"), Released(Member, 0, minutes: 2));
        var shuffled = Fold(Released(Member, 0, minutes: 2), Assigned(Member, 1, "uk"), Requested(needed: 2));

        Assert.Equal((inOrder.Requested, inOrder.Assigned), (shuffled.Requested, shuffled.Assigned));
        Assert.Empty(shuffled.Places);
        Assert.Equal("Turnhalle Nord", Assert.Single(shuffled.OpenRequests).Place);
    }

    [Fact]
    public void Pool_events_without_a_request_leave_the_section_as_it_is()
    {
        var registered = new MemberRegistered(Member, MemberKind.Staff, "Bürgeramt", new PersonalText("member-x", "sealed"), null, null, [], [], []);

        Assert.Same(StaffingSection.Empty, StaffingSection.Empty.Apply(JournalEntries.Of(registered, Nine)));
    }

    private static StaffingSection Fold(params (object Event, DateTimeOffset At)[] events) =>
        events.Aggregate(StaffingSection.Empty, (section, e) => section.Apply(JournalEntries.Of(e.Event, e.At)));

    private static (object, DateTimeOffset) Requested(int needed) =>
        (new DeploymentRequested(Request, "S1", "Turnhalle Nord", Facility, [Skill.Interpreting], ["uk"], March, true, new RequestFill(needed, 0)), Nine);

    private static (object, DateTimeOffset) Assigned(Guid member, int assigned, params string[] languages) =>
        (new MemberAssigned(Request, member, MemberKind.Staff, "Bürgeramt", "Turnhalle Nord", Facility, March, languages, false,
            new RequestFill(2, assigned), new DepartmentLoad("Bürgeramt", 4, 2, [.. Enumerable.Repeat(March, assigned)])), Nine.AddMinutes(assigned));

    private static (object, DateTimeOffset) Released(Guid member, int assigned, int minutes = 5) =>
        (new MemberReleased(Request, member, "Bürgeramt", Facility, new RequestFill(2, assigned), new DepartmentLoad("Bürgeramt", 4, 2, [])), Nine.AddMinutes(minutes));
}

using Krisenstab.Contracts.Situation;
using Krisenstab.ServiceDefaults;
using Krisenstab.SituationReports.Allocations;
using static Krisenstab.SituationReports.Tests.Domain.Given;
using static Krisenstab.Testing.DecisionAssertions;

namespace Krisenstab.SituationReports.Tests.Domain;

public class AllocationCommandsTests
{
    private static readonly Guid AnnouncementId = Guid.Parse("0193a5b0-0000-7000-8000-00000000a001");
    private static readonly Guid ArrivalId = Guid.Parse("0193a5b0-0000-7000-8000-00000000a002");

    private static AllocationFigures Figures(int people = 40, int days = 1) =>
        new(Today.AddDays(days), new ArrivalWindow(new(8, 0), new(12, 0)), people, 12, ["uk", "ru"], "LEA Gießen");

    private static AllocationAnnounced Announced() => new(CrisisId, AnnouncementId, Figures(), Now.AddHours(-2));

    private static Announcement State(params object[] events) => events.Aggregate(Announcement.None, (a, e) => a.Apply(e));

    private static AllocationInput Input(int? people = 40, DateOnly? on = null, string? origin = "LEA Gießen") =>
        new(on ?? Today.AddDays(1), new ArrivalWindow(new(8, 0), new(12, 0)), people, 12, ["uk", "ru"], origin);

    [Fact]
    public void An_announcement_names_the_day_the_people_and_the_reception_centre()
    {
        var decision = AllocationCommands.Announce(Announcement.None, new AnnounceAllocation(CrisisId, AnnouncementId, Input()), Now.AddHours(-2));

        ThenEvents(decision, Announced());
    }

    [Theory]
    [InlineData(0, "LEA Gießen", "people")]
    [InlineData(10_001, "LEA Gießen", "people")]
    [InlineData(40, " ", "origin")]
    [InlineData(null, "LEA Gießen", "people")]
    public void Bad_figures_are_refused_naming_the_field(int? people, string origin, string field) =>
        ThenInvalid(AllocationCommands.Announce(Announcement.None, new AnnounceAllocation(CrisisId, AnnouncementId, Input(people, origin: origin)), Now), field);

    [Fact]
    public void More_households_than_people_and_a_window_ending_before_it_starts_are_refused()
    {
        ThenInvalid(AllocationCommands.Announce(Announcement.None, new(CrisisId, AnnouncementId, Input() with { Households = 41 }), Now), "households");
        ThenInvalid(AllocationCommands.Announce(Announcement.None, new(CrisisId, AnnouncementId, Input() with { Window = new(new(12, 0), new(8, 0)) }), Now), "window");
    }

    [Fact]
    public void A_change_records_the_new_figures_and_keeps_the_old_ones_as_history()
    {
        var state = State(Announced());

        var decision = AllocationCommands.Change(state, new ChangeAllocation(Input(55, Today.AddDays(2)), "LEA meldet mehr"), Now);

        var changed = new AllocationChanged(CrisisId, AnnouncementId, Figures(55, days: 2), "LEA meldet mehr", Now);
        ThenEvents(decision, changed);
        var after = state.Apply(changed);
        Assert.Equal([40, 55], after.History.Select(v => v.Figures.People));
        Assert.Equal(55, after.Figures.People);
    }

    [Fact]
    public void The_same_figures_again_change_nothing() =>
        ThenEvents(AllocationCommands.Change(State(Announced()), new ChangeAllocation(Input(), null), Now));

    [Fact]
    public void Arrivals_may_be_partial_and_more_than_announced_and_carry_the_running_total()
    {
        var state = State(Announced(), new ArrivalRecorded(CrisisId, AnnouncementId, Guid.CreateVersion7(), 30, null, Now.AddHours(-1), Today.AddDays(1), 40, 30));

        var decision = AllocationCommands.RecordArrival(state, new RecordArrival(ArrivalId, 15, 4, null), Now);

        ThenEvents(decision, new ArrivalRecorded(CrisisId, AnnouncementId, ArrivalId, 15, 4, Now, Today.AddDays(1), 40, 45));
    }

    [Fact]
    public void An_arrival_for_a_cancelled_announcement_is_a_conflict()
    {
        var state = State(Announced(), new AllocationCancelled(CrisisId, AnnouncementId, Today.AddDays(1), 40, "umgeleitet", Now));

        ThenRefused(AllocationCommands.RecordArrival(state, new RecordArrival(ArrivalId, 10, null, null), Now), DomainErrorKind.Conflict, "announcement-cancelled");
        ThenRefused(AllocationCommands.Change(state, new ChangeAllocation(Input(50), null), Now), DomainErrorKind.Conflict, "announcement-cancelled");
    }

    [Fact]
    public void An_arrival_in_the_future_or_of_nobody_is_refused()
    {
        ThenInvalid(AllocationCommands.RecordArrival(State(Announced()), new RecordArrival(ArrivalId, 10, null, Now.AddHours(1)), Now), "arrivedAt");
        ThenInvalid(AllocationCommands.RecordArrival(State(Announced()), new RecordArrival(ArrivalId, 0, null, null), Now), "people");
    }

    [Fact]
    public void Cancelling_twice_changes_nothing_the_second_time()
    {
        var cancelled = new AllocationCancelled(CrisisId, AnnouncementId, Today.AddDays(1), 40, null, Now);
        ThenEvents(AllocationCommands.Cancel(State(Announced()), new CancelAllocation(null), Now), cancelled);
        ThenEvents(AllocationCommands.Cancel(State(Announced(), cancelled), new CancelAllocation(null), Now));
    }
}

using Krisenstab.Contracts;
using Krisenstab.Contracts.Accommodation;
using Krisenstab.Contracts.Situation;
using Krisenstab.Contracts.Tasking;
using Krisenstab.Dashboard.Pictures.Sections;
using Krisenstab.Dashboard.Pictures.Sections.Situation;

namespace Krisenstab.Dashboard.Tests.Situation;

public class SituationSectionFoldTests
{
    private static readonly Guid Crisis = Guid.CreateVersion7();
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Tuesday = new(2026, 3, 3);

    [Fact]
    public void Announced_arrived_and_placed_count_standing_announcements_arrivals_and_placements_for_the_crisis()
    {
        var (bus, train, cancelled) = (Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7());
        var section = Fold(
            Announced(bus, Tuesday, 45),
            Announced(train, Tuesday.AddDays(1), 20),
            Announced(cancelled, Tuesday, 30),
            new AllocationCancelled(Crisis, cancelled, Tuesday, 30, "Bus fällt aus", Now),
            new AllocationChanged(Crisis, train, Figures(Tuesday.AddDays(1), 25), "Nachmeldung", Now),
            new ArrivalRecorded(Crisis, bus, Guid.CreateVersion7(), 40, 11, Now, Tuesday, 45, 40),
            Placed(4, transferred: false),
            Placed(3, transferred: true));

        Assert.Equal((70, 40, 4), (section.Announced, section.Arrived, section.Placed));
        Assert.Equal(
            [new AllocationDay(Tuesday, 45, 40, 1), new AllocationDay(Tuesday.AddDays(1), 25, 0, 1)],
            section.Days);
    }

    [Fact]
    public void Placed_per_announcement_counts_placements_from_the_reservations_that_name_it_whichever_is_journaled_first()
    {
        var (bus, train) = (Guid.CreateVersion7(), Guid.CreateVersion7());
        var (forBus, forTrain, laterForBus, unnamed) = (Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7());
        var section = Fold(
            Announced(bus, Tuesday, 45),
            Announced(train, Tuesday.AddDays(1), 20),
            Reserved(forBus, 10, bus),
            Reserved(unnamed, 6, null),
            Placed(4, transferred: false, forBus),
            Placed(5, transferred: false, forBus),
            Placed(2, transferred: false, laterForBus),
            Reserved(laterForBus, 2, bus),
            Placed(3, transferred: false, unnamed),
            Placed(6, transferred: false, forTrain),
            new AllocationCancelled(Crisis, train, Tuesday.AddDays(1), 20, "Zug fällt aus", Now));

        Assert.Equal(
            [new AnnouncementFigures(bus, Tuesday, "LEA Gießen", 45, 0, 11, false), new AnnouncementFigures(train, Tuesday.AddDays(1), "LEA Gießen", 20, 0, 0, true)],
            section.Announcements);
        Assert.Equal(20, section.Placed);
    }

    [Fact]
    public void A_transfer_from_a_reservation_is_no_new_placement_for_its_announcement_and_a_changed_announcement_keeps_its_count()
    {
        var (bus, reservation) = (Guid.CreateVersion7(), Guid.CreateVersion7());
        var section = Fold(
            Announced(bus, Tuesday, 45),
            Reserved(reservation, 8, bus),
            Placed(8, transferred: false, reservation),
            Placed(3, transferred: true, reservation),
            new AllocationChanged(Crisis, bus, Figures(Tuesday, 50) with { Origin = "LEA Bramsche" }, "Nachmeldung", Now),
            new ArrivalRecorded(Crisis, bus, Guid.CreateVersion7(), 12, null, Now, Tuesday, 50, 12));

        Assert.Equal(new AnnouncementFigures(bus, Tuesday, "LEA Bramsche", 50, 12, 8, false), Assert.Single(section.Announcements));
    }

    [Fact]
    public void Each_sector_shows_its_latest_standing_report_and_a_correction_replaces_the_one_it_corrects()
    {
        var (first, later, correction, other) = (Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7());
        var section = Fold(
            Report(first, Sector.Health, TrafficLight.Green, Now.AddHours(-5)),
            Report(later, Sector.Health, TrafficLight.Yellow, Now.AddHours(-1)),
            Report(correction, Sector.Health, TrafficLight.Red, Now.AddHours(-1), corrects: later),
            Report(other, Sector.Accommodation, TrafficLight.Green, Now.AddHours(-30)));

        Assert.Equal([(Sector.Accommodation, other, TrafficLight.Green), (Sector.Health, correction, TrafficLight.Red)],
            section.Sectors.Select(s => (s.Sector, s.ReportId, s.Status)));
        Assert.Equal(later, section.Sectors[1].Corrects);
        Assert.True(section.Sectors[0].IsOverdueAt(Now));
        Assert.False(section.Sectors[1].IsOverdueAt(Now));
    }

    [Fact]
    public void Incidents_are_counted_by_category_severity_and_facility_and_the_section_holds_no_text()
    {
        var (gym, school) = (Guid.CreateVersion7(), Guid.CreateVersion7());
        var (fire, fight) = (Guid.CreateVersion7(), Guid.CreateVersion7());
        var secret = new PersonalText("incident-x", "c2VhbGVk");
        var section = Fold(
            new IncidentReported(Crisis, fire, gym, IncidentCategory.Fire, IncidentSeverity.Serious, Now, secret, Now),
            new IncidentReported(Crisis, fight, school, IncidentCategory.Conflict, IncidentSeverity.Minor, Now, secret, Now),
            new IncidentUpdated(Crisis, fight, school, IncidentCategory.Violence, IncidentSeverity.Critical, secret, Now),
            new IncidentClosed(Crisis, fire, gym, IncidentCategory.Fire, IncidentSeverity.Serious, Now));

        Assert.Equal((2, 1), (section.Incidents.Total, section.Incidents.Open));
        Assert.Equal((1, 1, 0), (section.Incidents.ByCategory["fire"], section.Incidents.ByCategory["violence"], section.Incidents.ByCategory["conflict"]));
        Assert.Equal((1, 1, 0), (section.Incidents.BySeverity["serious"], section.Incidents.BySeverity["critical"], section.Incidents.BySeverity["minor"]));
        Assert.Equal((1, 1), (section.Incidents.ByFacility[gym], section.Incidents.ByFacility[school]));
        Assert.DoesNotContain("c2VhbGVk", System.Text.Json.JsonSerializer.Serialize(section, ContractJson.Options), StringComparison.Ordinal);
    }

    [Fact]
    public void The_next_meeting_is_the_earliest_not_over_and_a_decision_stays_open_until_its_task_is_done()
    {
        var (first, second) = (Guid.CreateVersion7(), Guid.CreateVersion7());
        var (withTask, plain, cancelledTask) = (Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7());
        var (taskId, otherTask) = (Guid.CreateVersion7(), Guid.CreateVersion7());
        var opened = Fold(
            Scheduled(first, Now),
            Decision(first, withTask, "Turnhalle Süd öffnen"),
            Decision(first, plain, null),
            Decision(first, cancelledTask, "Busse bestellen"),
            new MeetingClosed(Crisis, first, Now.AddHours(1), second, Now.AddHours(6)),
            Scheduled(second, Now.AddHours(6)),
            Issued(taskId, withTask),
            Issued(otherTask, cancelledTask),
            new TaskCancelled(otherTask, "S4", "nicht mehr nötig", Now));

        Assert.Equal(second, opened.NextMeeting?.MeetingId);
        var open = Assert.Single(opened.OpenDecisions);
        Assert.Equal((withTask, taskId, "Turnhalle Süd öffnen", "S4"), (open.DecisionId, open.TaskId, open.TaskTitle, open.ResponsibleUnit));

        var done = opened.Apply(JournalEntries.Of(new TaskCompleted(taskId, "S4", null, Now), Now, Crisis));
        Assert.Empty(done.OpenDecisions);
    }

    [Fact]
    public void The_latest_lagemeldung_moves_from_draft_to_released_to_sent_with_its_number()
    {
        var report = Guid.CreateVersion7();
        var blocks = new ReportBlocks("Überblick", "", "", "");
        var drafted = Fold(new ConsolidatedReportDrafted(Crisis, report, blocks, [], "staff", Now));
        var sent = Fold(
            new ConsolidatedReportDrafted(Crisis, report, blocks, [], "staff", Now),
            new ConsolidatedReportReleased(Crisis, report, "head", Now.AddMinutes(5)),
            new ConsolidatedReportSent(Crisis, report, 3, "Regierungspräsidium", blocks, "head", Now.AddMinutes(6)));

        Assert.Equal(ConsolidatedReportStage.Draft, drafted.LatestReport?.Stage);
        Assert.Equal((ConsolidatedReportStage.Sent, 3, "Regierungspräsidium"), (sent.LatestReport!.Stage, sent.LatestReport.Number, sent.LatestReport.Recipient));
    }

    private static SituationSection Fold(params object[] events) =>
        events.Aggregate(SituationSection.Empty, (section, e) => section.Apply(JournalEntries.Of(e, Now, Crisis)));

    private static AllocationFigures Figures(DateOnly day, int people) => new(day, null, people, null, ["uk"], "LEA Gießen");

    private static AllocationAnnounced Announced(Guid id, DateOnly day, int people) => new(Crisis, id, Figures(day, people), Now);

    private static readonly FacilityOccupancy Occupancy = new("Turnhalle", "Bramsche", 40, 4, 0, 0, false);

    private static HouseholdPlaced Placed(int size, bool transferred, Guid? reservationId = null) => new(
        Guid.CreateVersion7(), "AZ-1", size, [], [], reservationId, reservationId is null ? 0 : size, transferred ? Guid.CreateVersion7() : null, Occupancy);

    private static PlacesReserved Reserved(Guid reservationId, int places, Guid? announcementId) =>
        new(Guid.CreateVersion7(), reservationId, places, Now.AddDays(1), null, Occupancy, announcementId);

    private static SectorReportFiled Report(Guid id, Sector sector, TrafficLight light, DateTimeOffset asOf, Guid? corrects = null) =>
        new(Crisis, id, sector, "S2", "Lage", null, asOf, light, [], "Bericht", corrects, Now, asOf.AddDays(1));

    private static MeetingScheduled Scheduled(Guid id, DateTimeOffset at) => new(Crisis, id, at, [], [new AgendaItem(1, "S2", "Lage")], null, Now);

    private static DecisionRecorded Decision(Guid meeting, Guid id, string? task) => new(
        Crisis, meeting, id, "Beschluss", task is null ? null : new RequestedTask(Guid.CreateVersion7(), task, "S4", "Versorgung", Now.AddHours(4)), Now);

    private static TaskIssued Issued(Guid taskId, Guid decisionId) => new(
        taskId, "Aufgabe", "", "S4", "Versorgung", TaskPriority.Normal, Now.AddHours(4), Crisis, new TaskLinks(DecisionId: decisionId), Now);
}

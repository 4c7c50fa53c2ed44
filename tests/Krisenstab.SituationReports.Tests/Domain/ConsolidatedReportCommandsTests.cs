using Krisenstab.Contracts.Situation;
using Krisenstab.ServiceDefaults;
using Krisenstab.SituationReports.Allocations;
using Krisenstab.SituationReports.Consolidated;
using Krisenstab.SituationReports.Crises;
using static Krisenstab.SituationReports.Tests.Domain.Given;
using static Krisenstab.Testing.DecisionAssertions;

namespace Krisenstab.SituationReports.Tests.Domain;

public class ConsolidatedReportCommandsTests
{
    private static readonly Guid ReportId = Guid.Parse("0193a5b0-0000-7000-8000-00000000e001");
    private static readonly Guid OtherId = Guid.Parse("0193a5b0-0000-7000-8000-00000000e002");
    private static readonly ReportBlocks Blocks = new("Überblick", "Außen", "Eigen", "Prognose");

    private static ConsolidatedReportDrafted Drafted(Guid id, string by = "staff") => new(CrisisId, id, Blocks, [], by, Now.AddHours(-1));

    private static ConsolidatedReports State(params object[] events) => events.Aggregate(ConsolidatedReports.None, (s, e) => s.Apply(e));

    [Fact]
    public void The_author_cannot_release_the_report_another_head_of_staff_can()
    {
        var state = State(Drafted(ReportId, "head"));

        ThenRefused(ConsolidatedReportCommands.Release(state, CrisisId, new ReleaseReport(ReportId, "head"), Now), DomainErrorKind.Conflict, "four-eyes");
        ThenEvents(ConsolidatedReportCommands.Release(state, CrisisId, new ReleaseReport(ReportId, "admin"), Now), new ConsolidatedReportReleased(CrisisId, ReportId, "admin", Now));
    }

    [Fact]
    public void Whoever_edited_the_report_is_an_author_too()
    {
        var state = State(Drafted(ReportId, "staff"), new ConsolidatedReportEdited(CrisisId, ReportId, Blocks with { Forecast = "mehr" }, "head", Now));

        ThenRefused(ConsolidatedReportCommands.Release(state, CrisisId, new ReleaseReport(ReportId, "head"), Now), DomainErrorKind.Conflict, "four-eyes");
    }

    [Fact]
    public void A_released_report_is_not_edited_and_an_unreleased_one_is_not_sent()
    {
        var released = State(Drafted(ReportId), new ConsolidatedReportReleased(CrisisId, ReportId, "head", Now));

        ThenRefused(ConsolidatedReportCommands.Edit(released, CrisisId, new EditReport(ReportId, new BlocksInput("neu", null, null, null), "staff"), Now), DomainErrorKind.Conflict, "report-released");
        ThenRefused(ConsolidatedReportCommands.Send(State(Drafted(ReportId)), CrisisId, new SendReport(ReportId, "Land Hessen"), Now), DomainErrorKind.Conflict, "report-not-released");
    }

    [Fact]
    public void Sent_reports_get_the_crises_running_numbers_and_sending_again_changes_nothing()
    {
        var state = State(
            Drafted(ReportId), new ConsolidatedReportReleased(CrisisId, ReportId, "head", Now),
            new ConsolidatedReportSent(CrisisId, ReportId, 1, "Landkreis", Blocks, "head", Now),
            Drafted(OtherId), new ConsolidatedReportReleased(CrisisId, OtherId, "head", Now));

        ThenEvents(ConsolidatedReportCommands.Send(state, CrisisId, new SendReport(OtherId, " Land Hessen "), Now), new ConsolidatedReportSent(CrisisId, OtherId, 2, "Land Hessen", Blocks, "head", Now));
        ThenEvents(ConsolidatedReportCommands.Send(state, CrisisId, new SendReport(ReportId, "Landkreis"), Now));
        ThenInvalid(ConsolidatedReportCommands.Send(state, CrisisId, new SendReport(OtherId, ""), Now), "recipient");
    }

    [Fact]
    public void The_draft_puts_the_latest_sector_reports_and_the_allocations_into_the_four_blocks()
    {
        var crisis = new Crisis(CrisisId, "Zugang Ukraine", "Landkreis Kassel", CrisisStatus.Open, 2, Now.AddDays(-3), null);
        var health = new SectorReportFiled(CrisisId, Guid.CreateVersion7(), Sector.Health, "S2", "Lage", null, Now.AddDays(-2), TrafficLight.Red,
            [new KeyFigure("Impfquote", KeyFigureKind.Percentage, Percentage: 62.5m)], "Impfstellen überlastet.", null, Now);
        var accommodation = health with { Sector = Sector.Accommodation, AsOf = Now.AddHours(-1), Status = TrafficLight.Green, Figures = [], Text = "Plätze frei." };
        var day = new CalendarDay(Today.AddDays(1), 40, 0, [new AnnouncementView(Guid.CreateVersion7(), CrisisId, Today.AddDays(1), null, 40, null, [], "LEA Gießen", false, 0, 0, [], [])]);

        var blocks = ReportDrafting.Draft(
            new DraftSources(crisis, new Dictionary<Sector, SectorReportFiled> { [Sector.Health] = health, [Sector.Accommodation] = accommodation },
                TimeSpan.FromDays(1), new AllocationTotals(40, 12, 9, []), [day]), Now);

        Assert.Contains("40 Personen angekündigt, 12 angekommen, 9 untergebracht", blocks.Overview, StringComparison.Ordinal);
        Assert.Contains("1 grün, 0 gelb, 1 rot; überfällig: Gesundheit", blocks.Overview, StringComparison.Ordinal);
        Assert.Contains("- 15.03.2022: 40 Personen aus LEA Gießen", blocks.OutsideSituation, StringComparison.Ordinal);
        Assert.StartsWith("Unterbringung (S2 Lage", blocks.OwnSituation, StringComparison.Ordinal);
        Assert.Contains("Gesundheit (S2 Lage, Stand 12.03.2022 09:00 Uhr): rot. Impfstellen überlastet. Kennzahlen: Impfquote 62,5 %. (Bericht überfällig)", blocks.OwnSituation, StringComparison.Ordinal);
        Assert.Equal("In den nächsten sieben Tagen werden 40 Personen erwartet.", blocks.Forecast);
    }
}

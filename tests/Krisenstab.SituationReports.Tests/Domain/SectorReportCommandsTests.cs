using Krisenstab.Contracts.Situation;
using Krisenstab.ServiceDefaults;
using Krisenstab.SituationReports.SectorReports;
using Krisenstab.SituationReports.Staff;
using static Krisenstab.SituationReports.Tests.Domain.Given;
using static Krisenstab.Testing.DecisionAssertions;

namespace Krisenstab.SituationReports.Tests.Domain;

public class SectorReportCommandsTests
{
    private static readonly Guid ReportId = Guid.Parse("0193a5b0-0000-7000-8000-00000000b001");
    private static readonly Guid CorrectionId = Guid.Parse("0193a5b0-0000-7000-8000-00000000b002");
    private static readonly StaffFunctions Functions = StaffFunctions.Default;

    private static FileSectorReport Report(Guid id, Guid? corrects = null, Sector sector = Sector.Accommodation, TrafficLight status = TrafficLight.Yellow) =>
        new(CrisisId, id, sector, "s4", "Sozialamt", Now.AddHours(-1), status,
            [new KeyFigure("freie Plätze", KeyFigureKind.Count, Count: 35), new KeyFigure("Auslastung", KeyFigureKind.Percentage, Percentage: 91.5m)],
            "Turnhallen fast voll.", corrects);

    private static SectorReportFiled Filed(Guid id, Guid? corrects = null, Sector sector = Sector.Accommodation, TrafficLight status = TrafficLight.Yellow, DateTimeOffset? asOf = null) =>
        new(CrisisId, id, sector, "S4", "Versorgung", "Sozialamt", asOf ?? Now.AddHours(-1), status,
            [new KeyFigure("freie Plätze", KeyFigureKind.Count, Count: 35), new KeyFigure("Auslastung", KeyFigureKind.Percentage, Percentage: 91.5m)],
            "Turnhallen fast voll.", corrects, Now);

    private static SectorReportSet State(params SectorReportFiled[] events) => events.Aggregate(SectorReportSet.None, (s, e) => s.Apply(e));

    [Fact]
    public void A_report_names_its_staff_function_by_the_configured_code_and_german_name() =>
        ThenEvents(SectorReportCommands.File(SectorReportSet.None, Report(ReportId), Functions, Now), Filed(ReportId));

    [Fact]
    public void A_report_counts_as_overdue_the_configured_age_after_its_as_of_time() =>
        ThenEvents(
            SectorReportCommands.File(SectorReportSet.None, Report(ReportId), Functions, Now, TimeSpan.FromHours(12)),
            Filed(ReportId) with { OverdueAt = Now.AddHours(11) });

    [Fact]
    public void A_correction_is_a_new_report_naming_the_corrected_one_and_both_stay()
    {
        var state = State(Filed(ReportId));

        var decision = SectorReportCommands.File(state, Report(CorrectionId, ReportId, status: TrafficLight.Red), Functions, Now);

        var correction = Filed(CorrectionId, ReportId, status: TrafficLight.Red);
        ThenEvents(decision, correction);
        var after = state.Apply(correction);
        Assert.Equal(2, after.Reports.Count);
        Assert.Equal(CorrectionId, after.LatestPerSector()[Sector.Accommodation].ReportId);
    }

    [Fact]
    public void A_correction_of_an_unknown_report_is_not_found_and_of_a_corrected_one_a_conflict()
    {
        ThenRefused(SectorReportCommands.File(SectorReportSet.None, Report(CorrectionId, ReportId), Functions, Now), DomainErrorKind.NotFound, "report-not-found");
        var corrected = State(Filed(ReportId), Filed(CorrectionId, ReportId));
        ThenRefused(SectorReportCommands.File(corrected, Report(Guid.CreateVersion7(), ReportId), Functions, Now), DomainErrorKind.Conflict, "report-already-corrected");
        ThenRefused(SectorReportCommands.File(State(Filed(ReportId)), Report(CorrectionId, ReportId, Sector.Health), Functions, Now), DomainErrorKind.Conflict, "correction-changes-sector");
    }

    [Fact]
    public void The_latest_per_sector_is_the_standing_report_with_the_latest_as_of_time()
    {
        var older = Filed(ReportId, asOf: Now.AddHours(-5), status: TrafficLight.Red);
        var newer = Filed(CorrectionId, asOf: Now.AddHours(-1), status: TrafficLight.Green);
        var health = Filed(Guid.CreateVersion7(), sector: Sector.Health);

        var latest = State(newer, older, health).LatestPerSector();

        Assert.Equal((TrafficLight.Green, 2), (latest[Sector.Accommodation].Status, latest.Count));
    }

    [Fact]
    public void Bad_input_is_refused_naming_the_field()
    {
        ThenInvalid(SectorReportCommands.File(SectorReportSet.None, Report(ReportId) with { Function = "S9" }, Functions, Now), "function");
        ThenInvalid(SectorReportCommands.File(SectorReportSet.None, Report(ReportId) with { AsOf = Now.AddMinutes(1) }, Functions, Now), "asOf");
        ThenInvalid(SectorReportCommands.File(SectorReportSet.None, Report(ReportId) with { Sector = null }, Functions, Now), "sector");
        ThenInvalid(SectorReportCommands.File(SectorReportSet.None, Report(ReportId) with { Text = "" }, Functions, Now), "text");
        ThenInvalid(SectorReportCommands.File(
            SectorReportSet.None, Report(ReportId) with { Figures = [new KeyFigure("Quote", KeyFigureKind.Percentage, Percentage: 120)] }, Functions, Now), "figures[0]");
        ThenInvalid(SectorReportCommands.File(
            SectorReportSet.None, Report(ReportId) with { Figures = [new KeyFigure("Betten", KeyFigureKind.Count, Text: "viele")] }, Functions, Now), "figures[0]");
    }
}

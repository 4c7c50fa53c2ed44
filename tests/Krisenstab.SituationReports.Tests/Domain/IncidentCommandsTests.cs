using Krisenstab.Contracts;
using Krisenstab.Contracts.Situation;
using Krisenstab.ServiceDefaults;
using Krisenstab.SituationReports.Incidents;
using static Krisenstab.SituationReports.Tests.Domain.Given;
using static Krisenstab.Testing.DecisionAssertions;

namespace Krisenstab.SituationReports.Tests.Domain;

public class IncidentCommandsTests
{
    private static readonly Guid IncidentId = Guid.Parse("0193a5b0-0000-7000-8000-00000000f001");
    private static readonly Guid FacilityId = Guid.Parse("0193a5b0-0000-7000-8000-00000000f002");
    private static readonly PersonalText Sealed = new("incident-x", "c2VhbGVk");
    private static readonly IncidentInput Input = new(FacilityId, IncidentCategory.Conflict, IncidentSeverity.Serious, Now.AddMinutes(-30), "Streit in der Essensausgabe");

    private static IncidentReported Reported() => new(CrisisId, IncidentId, FacilityId, IncidentCategory.Conflict, IncidentSeverity.Serious, Now.AddMinutes(-30), Sealed, Now);

    [Fact]
    public void A_report_carries_only_the_sealed_text() =>
        ThenEvents(IncidentCommands.Report(Incident.None, new ReportIncident(CrisisId, IncidentId, Input, Sealed), Now), Reported());

    [Fact]
    public void An_update_keeps_what_it_leaves_out_and_a_closed_incident_takes_no_update()
    {
        var state = Incident.None.Apply(Reported());

        ThenEvents(IncidentCommands.Update(state, new UpdateIncident(null, IncidentSeverity.Critical, null), Now),
            new IncidentUpdated(CrisisId, IncidentId, FacilityId, IncidentCategory.Conflict, IncidentSeverity.Critical, null, Now));
        ThenEvents(IncidentCommands.Update(state, new UpdateIncident(IncidentCategory.Conflict, null, null), Now));
        var closed = state.Apply(new IncidentClosed(CrisisId, IncidentId, FacilityId, IncidentCategory.Conflict, IncidentSeverity.Serious, Now));
        ThenRefused(IncidentCommands.Update(closed, new UpdateIncident(null, IncidentSeverity.Minor, null), Now), DomainErrorKind.Conflict, "incident-closed");
        ThenEvents(IncidentCommands.Close(closed, Now));
    }

    [Fact]
    public void Bad_input_is_refused_naming_the_field_before_anything_is_sealed()
    {
        Assert.Equal("facilityId", IncidentCommands.CheckReport(Input with { FacilityId = null }, Now)?.Field);
        Assert.Equal("occurredAt", IncidentCommands.CheckReport(Input with { OccurredAt = Now.AddHours(1) }, Now)?.Field);
        Assert.Equal("text", IncidentCommands.CheckReport(Input with { Text = " " }, Now)?.Field);
        Assert.Equal("severity", IncidentCommands.CheckReport(Input with { Severity = null }, Now)?.Field);
    }

    [Fact]
    public void Counts_are_by_category_severity_and_facility()
    {
        var other = Incident.None.Apply(Reported() with { IncidentId = Guid.CreateVersion7(), Category = IncidentCategory.Fire, Severity = IncidentSeverity.Critical });
        var closed = Incident.None.Apply(Reported()).Apply(new IncidentClosed(CrisisId, IncidentId, FacilityId, IncidentCategory.Conflict, IncidentSeverity.Serious, Now));

        var counts = IncidentCounts.Of([other, closed]);

        Assert.Equal((2, 1, 1, 1, 0, 2), (counts.Total, counts.Open, counts.ByCategory["fire"], counts.ByCategory["conflict"], counts.BySeverity["minor"], counts.ByFacility[FacilityId]));
    }
}

using Krisenstab.Contracts.Staffing;
using Krisenstab.ServiceDefaults;
using Krisenstab.Staffing.Deployments;
using Krisenstab.Testing;
using static Krisenstab.Staffing.Tests.Domain.Spec;

namespace Krisenstab.Staffing.Tests.Domain;

public sealed class RequestTests
{
    private static RequestDeployment Asking(int needed = 6, string[]? languages = null, bool interpreting = false, DeploymentPeriod? period = null) =>
        new(RequestId, " Ankunftszentrum ", "Messehalle 2", null, needed, [Skill.Registration, Skill.Registration], languages ?? ["UK"], period ?? March, interpreting);

    [Fact]
    public void A_request_is_recorded_with_canonical_languages_and_nothing_filled()
    {
        DecisionAssertions.ThenEvents(
            RequestCommands.Request(DeploymentRequest.None, Asking()),
            new DeploymentRequested(RequestId, "Ankunftszentrum", "Messehalle 2", null, [Skill.Registration], ["uk"], March, false, new RequestFill(6, 0)));
    }

    [Theory]
    [InlineData(0, "needed")]
    [InlineData(201, "needed")]
    public void The_number_needed_is_checked(int needed, string field) =>
        DecisionAssertions.ThenInvalid(RequestCommands.Request(DeploymentRequest.None, Asking(needed)), field);

    [Theory]
    [InlineData("ukrainisch")]
    [InlineData("u")]
    [InlineData("uk_UA")]
    [InlineData("")]
    public void A_language_that_is_no_BCP_47_tag_is_refused(string language) =>
        DecisionAssertions.ThenInvalid(RequestCommands.Request(DeploymentRequest.None, Asking(languages: [language])), "requiredLanguages");

    [Fact]
    public void A_period_ending_before_it_begins_is_refused() =>
        DecisionAssertions.ThenInvalid(RequestCommands.Request(DeploymentRequest.None, Asking(period: new(March.To, March.From))), "period");

    [Fact]
    public void An_interpreting_request_names_a_language() =>
        DecisionAssertions.ThenInvalid(RequestCommands.Request(DeploymentRequest.None, Asking(languages: [], interpreting: true)), "requiredLanguages");

    [Fact]
    public void Confirming_twice_changes_nothing()
    {
        var assigned = Request().Assigned(MemberId);
        var confirmed = RequestCommands.Confirm(assigned, MemberId);
        DecisionAssertions.ThenEvents(confirmed, new AssignmentConfirmed(RequestId, MemberId, HomeDepartment, new RequestFill(2, 1)));

        DecisionAssertions.ThenEvents(RequestCommands.Confirm(confirmed.Events.Aggregate(assigned, (r, e) => r.Apply(e)), MemberId));
    }

    [Fact]
    public void Hours_are_recorded_on_days_of_the_deployment_only()
    {
        var assigned = Request().Assigned(MemberId);

        DecisionAssertions.ThenEvents(
            RequestCommands.RecordHours(assigned, MemberId, March.From, 7.5m), new HoursRecorded(RequestId, MemberId, March.From, 7.5m, new RequestFill(2, 1)));
        DecisionAssertions.ThenInvalid(RequestCommands.RecordHours(assigned, MemberId, March.To.AddDays(1), 4), "day");
        DecisionAssertions.ThenInvalid(RequestCommands.RecordHours(assigned, MemberId, March.From, 25), "hours");
        DecisionAssertions.ThenRefused(RequestCommands.RecordHours(assigned, Guid.NewGuid(), March.From, 4), DomainErrorKind.NotFound, "assignment-not-found");
    }
}

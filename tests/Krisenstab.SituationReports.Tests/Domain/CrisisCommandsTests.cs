using Krisenstab.Contracts.Situation;
using Krisenstab.ServiceDefaults;
using Krisenstab.ServiceDefaults.Domain;
using Krisenstab.SituationReports.Crises;

namespace Krisenstab.SituationReports.Tests.Domain;

/// <summary>Given events / when a command / then events or a refusal — pure, no I/O.</summary>
public class CrisisCommandsTests
{
    private static readonly Guid Id = Guid.CreateVersion7();
    private static readonly DateTimeOffset OpenedAt = new(2025, 3, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Now = new(2025, 3, 2, 9, 30, 0, TimeSpan.Zero);
    private static readonly CrisisOpened Opened = new(Id, "Ankunft Ukraine", "Landkreis Nord", OpenedAt);

    private static Crisis? Given(params object[] events) => Crisis.Fold(events);

    [Fact]
    public void Opening_a_new_crisis_yields_crisis_opened_with_trimmed_text()
    {
        var decision = CrisisCommands.Open(Given(), new OpenCrisis(Id, "  Ankunft Ukraine ", " Landkreis Nord "), Now);

        Assert.Null(decision.Error);
        Assert.Equal([new CrisisOpened(Id, "Ankunft Ukraine", "Landkreis Nord", Now)], decision.Events);
    }

    [Theory]
    [InlineData(null, "Region", "name")]
    [InlineData("   ", "Region", "name")]
    [InlineData("Name", null, "region")]
    [InlineData("Name", "", "region")]
    public void Opening_without_name_or_region_is_refused_naming_the_field(string? name, string? region, string field)
    {
        var decision = CrisisCommands.Open(Given(), new OpenCrisis(Id, name, region), Now);

        AssertRefused(decision, DomainErrorKind.Invalid, "invalid-" + field);
        Assert.Equal(field, decision.Error!.Field);
    }

    [Fact]
    public void Opening_with_a_name_too_long_is_refused()
    {
        var decision = CrisisCommands.Open(Given(), new OpenCrisis(Id, new string('x', CrisisCommands.MaxNameLength + 1), "Region"), Now);

        AssertRefused(decision, DomainErrorKind.Invalid, "invalid-name");
    }

    [Fact]
    public void Opening_a_crisis_twice_is_a_conflict()
    {
        var decision = CrisisCommands.Open(Given(Opened), new OpenCrisis(Id, "Again", "Region"), Now);

        AssertRefused(decision, DomainErrorKind.Conflict, "crisis-exists");
    }

    [Fact]
    public void Closing_an_open_crisis_yields_crisis_closed_with_the_reason()
    {
        var decision = CrisisCommands.Close(Given(Opened), new CloseCrisis(Id, " Lage beruhigt "), Now);

        Assert.Null(decision.Error);
        Assert.Equal([new CrisisClosed(Id, Now, "Lage beruhigt")], decision.Events);
    }

    [Fact]
    public void Closing_without_a_reason_leaves_the_reason_empty()
    {
        var decision = CrisisCommands.Close(Given(Opened), new CloseCrisis(Id, "  "), Now);

        Assert.Equal([new CrisisClosed(Id, Now, null)], decision.Events);
    }

    [Fact]
    public void Closing_an_unknown_crisis_is_not_found()
    {
        var decision = CrisisCommands.Close(Given(), new CloseCrisis(Id, null), Now);

        AssertRefused(decision, DomainErrorKind.NotFound, "crisis-not-found");
    }

    [Fact]
    public void Closing_a_closed_crisis_is_a_conflict()
    {
        var decision = CrisisCommands.Close(Given(Opened, new CrisisClosed(Id, Now, null)), new CloseCrisis(Id, null), Now.AddHours(1));

        AssertRefused(decision, DomainErrorKind.Conflict, "crisis-already-closed");
    }

    [Fact]
    public void Closing_with_a_reason_too_long_is_refused()
    {
        var decision = CrisisCommands.Close(Given(Opened), new CloseCrisis(Id, new string('x', CrisisCommands.MaxReasonLength + 1)), Now);

        AssertRefused(decision, DomainErrorKind.Invalid, "invalid-reason");
    }

    [Fact]
    public void The_fold_tells_status_and_times()
    {
        var crisis = Given(Opened, new CrisisClosed(Id, Now, "done"));

        Assert.Equal(new Crisis(Id, "Ankunft Ukraine", "Landkreis Nord", CrisisStatus.Closed, 1, OpenedAt, Now), crisis);
    }

    [Fact]
    public void Escalating_an_open_crisis_raises_its_level()
    {
        var decision = CrisisCommands.Escalate(Given(Opened), new EscalateCrisis(Id, 3, " Zustrom verdoppelt "), Now);

        Assert.Equal([new CrisisEscalated(Id, 1, 3, "Zustrom verdoppelt", Now)], decision.Events);
        Assert.Equal(3, Crisis.Fold([Opened, .. decision.Events])!.Level);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(0)]
    [InlineData(5)]
    public void Escalating_to_a_level_outside_the_scale_is_refused(int? level)
    {
        var decision = CrisisCommands.Escalate(Given(Opened), new EscalateCrisis(Id, level, null), Now);

        AssertRefused(decision, DomainErrorKind.Invalid, "invalid-level");
    }

    [Theory]
    [InlineData(2)]
    [InlineData(1)]
    public void Escalating_to_the_same_or_a_lower_level_is_a_conflict(int level)
    {
        var decision = CrisisCommands.Escalate(Given(Opened, new CrisisEscalated(Id, 1, 2, null, OpenedAt)), new EscalateCrisis(Id, level, null), Now);

        AssertRefused(decision, DomainErrorKind.Conflict, "not-an-escalation");
    }

    [Fact]
    public void Escalating_a_closed_crisis_is_a_conflict()
    {
        var decision = CrisisCommands.Escalate(Given(Opened, new CrisisClosed(Id, Now, null)), new EscalateCrisis(Id, 2, null), Now);

        AssertRefused(decision, DomainErrorKind.Conflict, "crisis-already-closed");
    }

    [Fact]
    public void Escalating_an_unknown_crisis_is_not_found()
    {
        var decision = CrisisCommands.Escalate(Given(), new EscalateCrisis(Id, 2, null), Now);

        AssertRefused(decision, DomainErrorKind.NotFound, "crisis-not-found");
    }

    private static void AssertRefused(Decision decision, DomainErrorKind kind, string code)
    {
        Assert.Empty(decision.Events);
        Assert.NotNull(decision.Error);
        Assert.Equal(kind, decision.Error.Kind);
        Assert.Equal(code, decision.Error.Code);
    }
}

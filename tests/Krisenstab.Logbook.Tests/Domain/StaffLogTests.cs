using Krisenstab.Contracts.Logbook;
using Krisenstab.Logbook.StaffLog;
using Krisenstab.ServiceDefaults;
using static Krisenstab.Logbook.Tests.Domain.Spec;

namespace Krisenstab.Logbook.Tests.Domain;

public sealed class StaffLogTests
{
    [Fact]
    public void The_first_keeper_takes_the_log_over_from_nobody_as_entry_one()
    {
        var decision = StaffLogCommands.TakeOver(StaffLogState.None, CrisisId, Keeper, null, Function, Now);

        ThenEvents(decision, new StaffLogKeeperHandedOver(CrisisId, 1, null, Keeper, Function, Now));
    }

    [Fact]
    public void A_takeover_from_a_keeper_the_log_no_longer_has_is_refused()
    {
        var state = Given(TakenOver(), TakenOver(2, "head", Keeper));

        ThenRefused(StaffLogCommands.TakeOver(state, CrisisId, "admin", Keeper, Function, Now), DomainErrorKind.Conflict, "keeper-changed");
        ThenEvents(StaffLogCommands.TakeOver(state, CrisisId, "admin", "head", Function, Now),
            new StaffLogKeeperHandedOver(CrisisId, 3, "head", "admin", Function, Now));
    }

    [Fact]
    public void Only_the_keeper_writes_and_the_entry_takes_the_next_number_with_the_keepers_function()
    {
        var state = Given(TakenOver());

        ThenRefused(StaffLogCommands.Write(state, "head", Entry(), Now), DomainErrorKind.Conflict, StaffLogCommands.NotKeeper);
        ThenRefused(StaffLogCommands.Write(StaffLogState.None, Keeper, Entry(), Now), DomainErrorKind.Conflict, StaffLogCommands.NotKeeper);
        var at = Now.AddMinutes(-20);
        ThenEvents(StaffLogCommands.Write(state, Keeper, Entry(occurredAt: at), Now),
            new StaffLogEntryWritten(CrisisId, Entry().EntryId, 2, StaffLogCategory.Finding, "S2", Function, "Zuweisung von 80 Personen angekündigt.", at, Now));
    }

    [Theory]
    [InlineData(StaffLogCategory.Correction, "text", "category")]
    [InlineData(StaffLogCategory.Handover, "text", "category")]
    [InlineData(StaffLogCategory.Order, " ", "text")]
    public void A_wrong_entry_names_its_field(StaffLogCategory category, string text, string field) =>
        ThenInvalid(StaffLogCommands.Write(Given(TakenOver()), Keeper, Entry(category, text), Now), field);

    [Fact]
    public void An_entry_that_happens_in_the_future_is_refused() =>
        ThenInvalid(StaffLogCommands.Write(Given(TakenOver()), Keeper, Entry(occurredAt: Now.AddHours(1)), Now), "occurredAt");

    [Fact]
    public void A_correction_is_a_new_entry_naming_the_superseded_one_which_stays()
    {
        var state = Given(TakenOver(), Written());
        var correction = new CorrectEntry(Guid.Parse("0193a5b0-0000-7000-8000-0000000000e3"), 2, null, "Turnhalle Ost wird ab 16 Uhr belegt.", null);

        var decision = StaffLogCommands.Correct(state, Keeper, correction, Now);

        ThenEvents(decision, new StaffLogEntryCorrected(CrisisId, correction.EntryId, 3, EntryId, 2, "S4", Function, correction.Text!, Now.AddHours(-1), Now));
        var after = state.Apply(decision.Events[0]);
        Assert.Equal(3, after.Line(2)!.SupersededBy);
        Assert.Equal("Turnhalle Ost wird ab 14 Uhr belegt.", after.Line(2)!.Text);
        ThenRefused(StaffLogCommands.Correct(after, Keeper, correction with { EntryId = Guid.NewGuid() }, Now), DomainErrorKind.Conflict, "already-corrected");
        ThenRefused(StaffLogCommands.Correct(after, Keeper, correction with { Supersedes = 1 }, Now), DomainErrorKind.NotFound, "entry-not-found");
    }

    [Fact]
    public void A_closed_log_takes_nothing_more()
    {
        var state = Given(TakenOver(), Written(), Closed(3));

        ThenRefused(StaffLogCommands.Write(state, Keeper, Entry(), Now), DomainErrorKind.Conflict, "log-closed");
        ThenRefused(StaffLogCommands.TakeOver(state, CrisisId, "head", Keeper, Function, Now), DomainErrorKind.Conflict, "log-closed");
        ThenRefused(StaffLogCommands.Close(state, Keeper, Now), DomainErrorKind.Conflict, "log-closed");
    }

    [Fact]
    public void The_head_countersigns_a_closed_log_but_never_one_they_closed()
    {
        ThenRefused(StaffLogCommands.Countersign(Given(TakenOver(), Written()), "head", Now), DomainErrorKind.Conflict, "log-open");
        ThenRefused(StaffLogCommands.Countersign(Given(TakenOver(keeper: "head"), Closed(2, "head")), "head", Now), DomainErrorKind.Conflict, StaffLogCommands.OwnLog);

        var closed = Given(TakenOver(), Written(), Closed(3));
        var decision = StaffLogCommands.Countersign(closed, "head", Now);

        ThenEvents(decision, new StaffLogCountersigned(CrisisId, 4, "head", Keeper, Now));
        ThenRefused(StaffLogCommands.Countersign(closed.Apply(decision.Events[0]), "head", Now), DomainErrorKind.Conflict, "already-countersigned");
    }
}

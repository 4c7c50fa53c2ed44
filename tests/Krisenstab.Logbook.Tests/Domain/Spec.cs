using Krisenstab.Contracts;
using Krisenstab.Contracts.Logbook;
using Krisenstab.Logbook.MessageLog;
using Krisenstab.Logbook.StaffLog;
using Krisenstab.ServiceDefaults;
using Krisenstab.ServiceDefaults.Domain;
using Krisenstab.Testing;

namespace Krisenstab.Logbook.Tests.Domain;

/// <summary>Given events / when a decision / then events or a refusal — pure, no I/O.</summary>
public static class Spec
{
    public static readonly DateTimeOffset Now = new(2022, 3, 14, 9, 0, 0, TimeSpan.FromHours(1));
    public static readonly Guid CrisisId = Guid.Parse("0193a5b0-0000-7000-8000-0000000000c1");
    public static readonly Guid EntryId = Guid.Parse("0193a5b0-0000-7000-8000-0000000000e1");
    public static readonly Guid MessageId = Guid.Parse("0193a5b0-0000-7000-8000-0000000000f1");
    public const string Keeper = "staff";
    public const string Function = "Führungsgehilfe S2";

    public static StaffLogState Given(params object[] events) => events.Aggregate(StaffLogState.None, (state, e) => state.Apply(e));

    public static MessageLogState GivenMessages(params object[] events) => events.Aggregate(MessageLogState.None, (state, e) => state.Apply(e));

    public static StaffLogKeeperHandedOver TakenOver(int number = 1, string keeper = Keeper, string? previous = null) =>
        new(CrisisId, number, previous, keeper, Function, Now.AddHours(-2));

    public static StaffLogEntryWritten Written(int number = 2, Guid? entryId = null) =>
        new(CrisisId, entryId ?? EntryId, number, StaffLogCategory.Decision, "S4", Function, "Turnhalle Ost wird ab 14 Uhr belegt.", Now.AddHours(-1), Now.AddHours(-1));

    public static StaffLogClosed Closed(int number, string keeper = Keeper) => new(CrisisId, number, keeper, Function, number - 1, Now.AddMinutes(-5));

    public static WriteEntry Entry(StaffLogCategory category = StaffLogCategory.Finding, string? text = "Zuweisung von 80 Personen angekündigt.", DateTimeOffset? occurredAt = null) =>
        new(Guid.Parse("0193a5b0-0000-7000-8000-0000000000e2"), category, "S2", text, occurredAt);

    public static MessageLogged Logged(int number = 1, MessagePriority priority = MessagePriority.Blitz, Guid? id = null) =>
        new(CrisisId, id ?? MessageId, number, MessageLogDirection.Incoming, MessageLogChannel.Phone, priority, Now.AddMinutes(-10),
            new PersonalText("message-x", "sealed"), new PersonalText("message-x", "sealed"), "Bus mit 50 Personen in 30 Minuten", Now.AddMinutes(-9));

    public static void ThenEvents(Decision decision, params object[] expected) => DecisionAssertions.ThenEvents(decision, expected);

    public static DomainError ThenRefused(Decision decision, DomainErrorKind kind, string code) => DecisionAssertions.ThenRefused(decision, kind, code);

    public static void ThenInvalid(Decision decision, string field) => DecisionAssertions.ThenInvalid(decision, field);
}

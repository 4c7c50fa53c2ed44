using Krisenstab.Contracts.Situation;
using Krisenstab.ServiceDefaults;
using Krisenstab.SituationReports.Meetings;
using Krisenstab.SituationReports.Staff;
using static Krisenstab.SituationReports.Tests.Domain.Given;
using static Krisenstab.Testing.DecisionAssertions;

namespace Krisenstab.SituationReports.Tests.Domain;

public class MeetingCommandsTests
{
    private static readonly Guid MeetingId = Guid.Parse("0193a5b0-0000-7000-8000-00000000d001");
    private static readonly Guid NextId = Guid.Parse("0193a5b0-0000-7000-8000-00000000d002");
    private static readonly Guid DecisionId = Guid.Parse("0193a5b0-0000-7000-8000-00000000d003");
    private static readonly Guid TaskId = Guid.Parse("0193a5b0-0000-7000-8000-00000000d004");
    private static readonly StaffFunctions Functions = StaffFunctions.Default;

    private static readonly MeetingScheduled Scheduled = new(
        CrisisId, MeetingId, Now, [new MeetingAttendee("S2", "Lage", null), new MeetingAttendee(null, null, "Gesundheitsamt")],
        [.. StaffFunctions.Default.SpeakingOrder.Select((f, i) => new AgendaItem(i + 1, f.Code, f.Name))], null, Now.AddHours(-1));

    private static Meeting State(params object[] events) => events.Aggregate(Meeting.None, (m, e) => m.Apply(e));

    [Fact]
    public void The_agenda_follows_the_speaking_order_situation_first_head_of_staff_last()
    {
        var decision = MeetingCommands.Schedule(
            Meeting.None, new ScheduleMeeting(CrisisId, MeetingId, Now, [new AttendeeInput("S4", null), new AttendeeInput("LdS", null), new AttendeeInput("s2", "Ordnungsamt")]), Functions, Now);

        var scheduled = Assert.IsType<MeetingScheduled>(Assert.Single(decision.Events));
        Assert.Equal(["S2", "S4", "LdS"], scheduled.Agenda.Select(a => a.Function));
        Assert.Equal(("Lage", 1), (scheduled.Agenda[0].FunctionName, scheduled.Agenda[0].Position));
    }

    [Fact]
    public void A_configured_speaking_order_is_followed()
    {
        var functions = StaffFunctions.From("test", [new() { Code = "A", Name = "Amt A" }, new() { Code = "B", Name = "Amt B" }], ["B", "A"]);

        var scheduled = Assert.IsType<MeetingScheduled>(Assert.Single(MeetingCommands.Schedule(Meeting.None, new(CrisisId, MeetingId, Now, []), functions, Now).Events));

        Assert.Equal(["B", "A"], scheduled.Agenda.Select(a => a.Function));
    }

    [Fact]
    public void A_decision_asking_for_a_task_is_followed_by_the_public_task_request()
    {
        var decision = MeetingCommands.Decide(
            State(Scheduled), new RecordDecision(DecisionId, "Zweite Turnhalle öffnen", new TaskInput("Turnhalle Süd herrichten", "s4", Now.AddDays(1)), TaskId), Functions, Now);

        var task = new RequestedTask(TaskId, "Turnhalle Süd herrichten", "S4", "Versorgung", Now.AddDays(1));
        ThenEvents(decision,
            new DecisionRecorded(CrisisId, MeetingId, DecisionId, "Zweite Turnhalle öffnen", task, Now),
            new TaskRequested(CrisisId, MeetingId, DecisionId, TaskId, "Turnhalle Süd herrichten", "S4", "Versorgung", Now.AddDays(1), Now));
    }

    [Fact]
    public void A_task_needs_a_configured_unit_and_a_due_time_in_the_future()
    {
        ThenInvalid(MeetingCommands.Decide(State(Scheduled), new RecordDecision(DecisionId, "x", new TaskInput("t", "S9", Now.AddDays(1)), TaskId), Functions, Now), "task.responsibleUnit");
        ThenInvalid(MeetingCommands.Decide(State(Scheduled), new RecordDecision(DecisionId, "x", new TaskInput("t", "S4", Now.AddDays(-1)), TaskId), Functions, Now), "task.dueAt");
        ThenInvalid(MeetingCommands.Decide(State(Scheduled), new RecordDecision(DecisionId, "x", new TaskInput(" ", "S4", Now.AddDays(1)), TaskId), Functions, Now), "task.title");
    }

    [Fact]
    public void Closing_sets_the_next_meeting_with_the_same_attendees_and_nothing_is_recorded_after()
    {
        var closing = MeetingCommands.Close(State(Scheduled), Meeting.None, new CloseMeeting(NextId, Now.AddHours(4)), Functions, Now.AddHours(1));

        Assert.Null(closing.Error);
        Assert.Equal(new MeetingClosed(CrisisId, MeetingId, Now.AddHours(1), NextId, Now.AddHours(4)), Assert.Single(closing.Events[0]));
        var next = Assert.IsType<MeetingScheduled>(Assert.Single(closing.Events[1]));
        Assert.Equal((MeetingId, Now.AddHours(4), 2), (next.PreviousMeetingId!.Value, next.StartsAt, next.Attendees.Count));
        var closed = State(Scheduled, closing.Events[0][0]);
        ThenRefused(MeetingCommands.Note(closed, new RecordNote(Guid.CreateVersion7(), MeetingNoteKind.Fact, "zu spät", null), Functions, Now), DomainErrorKind.Conflict, "meeting-closed");
        Assert.Equal("meeting-closed", MeetingCommands.Close(closed, Meeting.None, new CloseMeeting(NextId, Now.AddHours(5)), Functions, Now).Error?.Code);
    }

    [Fact]
    public void The_next_meeting_lies_after_this_one() =>
        Assert.Equal("nextMeetingAt", MeetingCommands.Close(State(Scheduled), Meeting.None, new CloseMeeting(NextId, Now.AddHours(-1)), Functions, Now).Error?.Field);

    [Fact]
    public void The_minutes_keep_facts_assumptions_and_open_questions_apart_and_list_decisions_with_their_tasks()
    {
        var task = new RequestedTask(TaskId, "Turnhalle Süd herrichten", "S4", "Versorgung", Now.AddDays(1));
        var meeting = State(
            Scheduled,
            new MeetingNoteRecorded(CrisisId, MeetingId, Guid.CreateVersion7(), MeetingNoteKind.Fact, "120 Personen angekündigt", "S2", Now),
            new MeetingNoteRecorded(CrisisId, MeetingId, Guid.CreateVersion7(), MeetingNoteKind.Assumption, "Weitere Busse am Freitag", null, Now),
            new MeetingNoteRecorded(CrisisId, MeetingId, Guid.CreateVersion7(), MeetingNoteKind.OpenQuestion, "Wer stellt Dolmetscher?", null, Now),
            new DecisionRecorded(CrisisId, MeetingId, DecisionId, "Zweite Turnhalle öffnen", task, Now));

        var minutes = MeetingMinutes.Render(meeting);

        Assert.Contains("## Fakten\n- 120 Personen angekündigt (S2)", minutes.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("## Annahmen\n- Weitere Busse am Freitag", minutes.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("## Offene Fragen\n- Wer stellt Dolmetscher?", minutes.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("1. Zweite Turnhalle öffnen", minutes, StringComparison.Ordinal);
        Assert.Contains("Auftrag: Turnhalle Süd herrichten — zuständig: S4 Versorgung — bis 15.03.2022 09:00 Uhr", minutes, StringComparison.Ordinal);
        Assert.True(minutes.IndexOf("1. S2 Lage", StringComparison.Ordinal) < minutes.IndexOf("7. LdS Leiter des Stabes", StringComparison.Ordinal));
    }
}

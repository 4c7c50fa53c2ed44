using Krisenstab.Contracts.Tasking;
using Krisenstab.ServiceDefaults;
using Krisenstab.ServiceDefaults.Domain;
using Krisenstab.Tasking.Tasks;
using static Krisenstab.Tasking.Tests.Domain.Spec;

namespace Krisenstab.Tasking.Tests.Domain;

public class LifecycleTests
{
    [Fact]
    public void A_task_is_issued_to_a_unit() =>
        ThenEvents(WorkTaskCommands.Issue(WorkTask.None, Issue(), Now), new TaskIssued(TaskId, Title, "", "S4", "Versorgung", TaskPriority.High, Due, null, TaskLinks.None, Now));

    [Fact]
    public void A_task_needs_a_title() => ThenInvalid(WorkTaskCommands.Issue(WorkTask.None, Issue(title: "  "), Now), "title");

    [Fact]
    public void A_task_is_due_in_the_future() => ThenInvalid(WorkTaskCommands.Issue(WorkTask.None, Issue(dueAt: Now), Now), "dueAt");

    [Fact]
    public void A_priority_outside_the_scale_is_refused() => ThenInvalid(WorkTaskCommands.Issue(WorkTask.None, Issue(priority: (TaskPriority)9), Now), "priority");

    [Fact]
    public void A_task_is_issued_once() => ThenRefused(WorkTaskCommands.Issue(Given(Issued()), Issue(), Now), DomainErrorKind.Conflict, "task-exists");

    [Fact]
    public void A_member_of_the_unit_accepts() =>
        ThenEvents(WorkTaskCommands.Accept(Given(Issued()), SupplyMember, Now), new TaskAccepted(TaskId, "S4", Now, Title));

    [Fact]
    public void Accepting_twice_is_a_conflict() =>
        ThenRefused(WorkTaskCommands.Accept(Given(Issued(), Accepted()), SupplyMember, Now), DomainErrorKind.Conflict, "already-accepted");

    [Fact]
    public void Someone_of_another_unit_does_not_accept() =>
        ThenRefused(WorkTaskCommands.Accept(Given(Issued()), Outsider, Now), DomainErrorKind.Conflict, WorkTaskCommands.NotUnitMember);

    [Fact]
    public void Progress_puts_an_accepted_task_in_progress()
    {
        var decision = WorkTaskCommands.ReportProgress(Given(Issued(), Accepted()), SupplyMember, " 40 von 120 Betten geliefert ", Now);
        ThenEvents(decision, new TaskProgressReported(TaskId, "S4", "40 von 120 Betten geliefert", Now, Title));
        Assert.Equal(WorkTaskStatus.InProgress, Given(Issued(), Accepted(), decision.Events[0]).Status);
    }

    [Fact]
    public void Progress_needs_a_note() => ThenInvalid(WorkTaskCommands.ReportProgress(Given(Issued(), Accepted()), SupplyMember, "", Now), "note");

    [Fact]
    public void A_task_not_yet_accepted_is_not_completed() =>
        ThenRefused(WorkTaskCommands.Complete(Given(Issued()), SupplyMember, null, Now), DomainErrorKind.Conflict, "not-accepted");

    [Fact]
    public void An_accepted_task_is_completed() =>
        ThenEvents(WorkTaskCommands.Complete(Given(Issued(), Accepted()), SupplyMember, "Geliefert.", Now), new TaskCompleted(TaskId, "S4", "Geliefert.", Now, Title));

    [Fact]
    public void A_cancelled_task_is_not_completed() =>
        ThenRefused(
            WorkTaskCommands.Complete(Given(Issued(), Accepted(), new TaskCancelled(TaskId, "S4", "Erledigt sich", Now)), SupplyMember, null, Now),
            DomainErrorKind.Conflict,
            "task-cancelled");

    [Fact]
    public void A_done_task_is_not_cancelled() =>
        ThenRefused(WorkTaskCommands.Cancel(Given(Issued(), Accepted(), new TaskCompleted(TaskId, "S4", null, Now)), "zu spät", Now), DomainErrorKind.Conflict, "task-done");

    [Fact]
    public void Cancelling_needs_a_reason() => ThenInvalid(WorkTaskCommands.Cancel(Given(Issued()), null, Now), "reason");

    [Fact]
    public void A_reassigned_task_waits_for_the_new_unit_to_accept()
    {
        var decision = WorkTaskCommands.Reassign(Given(Issued(), Accepted()), Operations, Now);
        ThenEvents(decision, new TaskReassigned(TaskId, "S4", "S3", "Einsatz", Now, Title));
        var after = Given(Issued(), Accepted(), decision.Events[0]);
        Assert.Equal((WorkTaskStatus.Issued, "S3"), (after.Status, after.Unit));
    }

    [Fact]
    public void Reassigning_to_the_same_unit_is_a_conflict() =>
        ThenRefused(WorkTaskCommands.Reassign(Given(Issued()), Supply, Now), DomainErrorKind.Conflict, "same-unit");

    [Fact]
    public void A_new_due_time_is_an_event() =>
        ThenEvents(WorkTaskCommands.ChangeDueTime(Given(Issued()), Due.AddDays(1), Now), new TaskDueTimeChanged(TaskId, "S4", Due, Due.AddDays(1), Title));

    [Fact]
    public void The_same_due_time_changes_nothing() => Assert.Same(Decision.Nothing, WorkTaskCommands.ChangeDueTime(Given(Issued()), Due, Now));
}

using Krisenstab.Contracts.Tasking;
using Krisenstab.ServiceDefaults.Domain;
using Krisenstab.Tasking.Tasks;
using static Krisenstab.Tasking.Tests.Domain.Spec;

namespace Krisenstab.Tasking.Tests.Domain;

public class OverdueTests
{
    private static readonly TimeSpan ReminderBefore = TimeSpan.FromHours(2);

    private static readonly TaskBecameOverdue Overdue = new(TaskId, "S4", Title, TaskPriority.High, Due);

    [Fact]
    public void Nothing_happens_long_before_the_due_time() => Assert.Same(Decision.Nothing, WorkTaskCommands.Escalate(Given(Issued()), ReminderBefore, Due.AddHours(-3)));

    [Fact]
    public void The_unit_is_reminded_before_the_due_time() =>
        ThenEvents(WorkTaskCommands.Escalate(Given(Issued()), ReminderBefore, Due.AddHours(-2)), new TaskReminderDue(TaskId, "S4", Title, Due));

    [Fact]
    public void The_reminder_comes_once() =>
        Assert.Same(Decision.Nothing, WorkTaskCommands.Escalate(Given(Issued(), new TaskReminderDue(TaskId, "S4", Title, Due)), ReminderBefore, Due.AddMinutes(-1)));

    [Fact]
    public void No_reminder_when_reminders_are_off() => Assert.Same(Decision.Nothing, WorkTaskCommands.Escalate(Given(Issued()), TimeSpan.Zero, Due.AddMinutes(-1)));

    [Fact]
    public void An_open_task_past_its_due_time_becomes_overdue() =>
        ThenEvents(WorkTaskCommands.Escalate(Given(Issued(), Accepted()), ReminderBefore, Due), Overdue);

    [Fact]
    public void A_task_becomes_overdue_once() => Assert.Same(Decision.Nothing, WorkTaskCommands.Escalate(Given(Issued(), Overdue), ReminderBefore, Due.AddDays(1)));

    [Fact]
    public void A_done_task_does_not_become_overdue() =>
        Assert.Same(Decision.Nothing, WorkTaskCommands.Escalate(Given(Issued(), Accepted(), new TaskCompleted(TaskId, "S4", null, Now)), ReminderBefore, Due.AddDays(1)));

    [Fact]
    public void A_later_due_time_makes_an_overdue_task_timely_until_that_passes_too()
    {
        var later = Due.AddDays(1);
        var moved = Given(Issued(), Overdue, new TaskDueTimeChanged(TaskId, "S4", Due, later));
        Assert.False(moved.IsOverdue);
        ThenEvents(WorkTaskCommands.Escalate(moved, ReminderBefore, later), new TaskBecameOverdue(TaskId, "S4", Title, TaskPriority.High, later));
    }
}

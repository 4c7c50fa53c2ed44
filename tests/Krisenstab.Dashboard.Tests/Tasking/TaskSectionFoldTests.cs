using Krisenstab.Contracts.Tasking;
using Krisenstab.Dashboard.Pictures;
using Krisenstab.Dashboard.Pictures.Sections;

namespace Krisenstab.Dashboard.Tests.Tasking;

public class TaskSectionFoldTests
{
    private static readonly DateTimeOffset Morning = new(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly Guid Crisis = Guid.CreateVersion7();

    [Fact]
    public void Open_tasks_are_counted_by_unit_and_priority_and_closed_ones_leave()
    {
        var beds = Guid.CreateVersion7();
        var buses = Guid.CreateVersion7();
        var press = Guid.CreateVersion7();
        var section = Fold(
            Issued(beds, "Feldbetten beschaffen", "S4", "Versorgung", TaskPriority.Urgent),
            Issued(buses, "Busse bestellen", "S4", "Versorgung", TaskPriority.Normal),
            Issued(press, "Pressemitteilung", "S5", "Presse- und Medienarbeit", TaskPriority.High),
            new TaskAccepted(beds, "S4", Morning, "Feldbetten beschaffen"),
            new TaskProgressReported(beds, "S4", "40 von 120", Morning, "Feldbetten beschaffen"),
            new TaskCompleted(press, "S5", null, Morning, "Pressemitteilung"));

        Assert.Equal((2, 0, 1, 0), (section.Open, section.Overdue, section.Done, section.Cancelled));
        var supply = Assert.Single(section.Units);
        Assert.Equal(("S4", "Versorgung", 2), (supply.Unit, supply.UnitName, supply.Open));
        Assert.Equal(new PriorityCounts(0, 1, 0, 1), supply.OpenByPriority);
    }

    [Fact]
    public void An_overdue_task_is_named_until_it_is_done_or_given_a_later_due_time()
    {
        var beds = Guid.CreateVersion7();
        var buses = Guid.CreateVersion7();
        var overdue = Fold(
            Issued(beds, "Feldbetten beschaffen", "S4", "Versorgung", TaskPriority.High),
            Issued(buses, "Busse bestellen", "S3", "Einsatz", TaskPriority.Urgent),
            new TaskReminderDue(beds, "S4", "Feldbetten beschaffen", Morning.AddHours(2)),
            new TaskBecameOverdue(beds, "S4", "Feldbetten beschaffen", TaskPriority.High, Morning.AddHours(2)),
            new TaskBecameOverdue(buses, "S3", "Busse bestellen", TaskPriority.Urgent, Morning.AddHours(2)));

        Assert.Equal(2, overdue.Overdue);
        Assert.Equal([buses, beds], overdue.OverdueTasks.Select(t => t.TaskId));
        Assert.Equal(new PriorityCounts(0, 0, 1, 0), overdue.Units.Single(u => u.Unit == "S4").OverdueByPriority);

        var later = Then(overdue,
            new TaskDueTimeChanged(beds, "S4", Morning.AddHours(2), Morning.AddDays(1), "Feldbetten beschaffen"),
            new TaskCancelled(buses, "S3", "erledigt sich", Morning, "Busse bestellen"));

        Assert.Equal((1, 0, 1), (later.Open, later.Overdue, later.Cancelled));
        Assert.Equal("S4", Assert.Single(later.Units).Unit);
        Assert.Empty(later.OverdueTasks);
    }

    [Fact]
    public void A_reassigned_task_counts_for_its_new_unit_and_is_to_be_accepted_again()
    {
        var beds = Guid.CreateVersion7();
        var section = Fold(
            Issued(beds, "Feldbetten beschaffen", "S4", "Versorgung", TaskPriority.Normal),
            new TaskAccepted(beds, "S4", Morning, "Feldbetten beschaffen"),
            new TaskReassigned(beds, "S4", "S3", "Einsatz", Morning, "Feldbetten beschaffen"));

        var unit = Assert.Single(section.Units);
        Assert.Equal(("S3", "Einsatz", 1), (unit.Unit, unit.UnitName, unit.Open));
    }

    [Fact]
    public void The_picture_folds_the_section_and_a_step_of_a_task_it_never_saw_changes_nothing()
    {
        var picture = SituationPicture.Fold(Crisis, [
            JournalEntries.Of(new TaskAccepted(Guid.CreateVersion7(), "S4", Morning), Morning, Crisis),
            JournalEntries.Of(Issued(Guid.CreateVersion7(), "Busse bestellen", "S3", "Einsatz", TaskPriority.Low), Morning, Crisis),
        ]);

        Assert.Equal((1, 2L), (picture.Tasks.Open, picture.JournalLength));
    }

    private static TaskIssued Issued(Guid id, string title, string unit, string unitName, TaskPriority priority) =>
        new(id, title, "", unit, unitName, priority, Morning.AddHours(2), Crisis, TaskLinks.None, Morning);

    private static TaskSection Fold(params object[] events) => Then(TaskSection.Empty, events);

    private static TaskSection Then(TaskSection section, params object[] events) =>
        events.Aggregate(section, (s, e) => s.Apply(JournalEntries.Of(e, Morning, Crisis)));
}

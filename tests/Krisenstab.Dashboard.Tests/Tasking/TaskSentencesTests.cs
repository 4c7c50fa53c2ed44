using Krisenstab.Contracts.Tasking;
using Krisenstab.Dashboard.Feed;

namespace Krisenstab.Dashboard.Tests.Tasking;

public class TaskSentencesTests
{
    // 17:00 in Berlin (winter time, UTC+1).
    private static readonly DateTimeOffset Due = new(2026, 12, 1, 16, 0, 0, TimeSpan.Zero);
    private static readonly Guid Task = Guid.CreateVersion7();
    private const string Beds = "Feldbetten beschaffen";

    public static TheoryData<object, string, string> EveryTaskEvent => new()
    {
        {
            new TaskIssued(Task, Beds, "120 Stück für die Turnhalle", "S4", "Versorgung", TaskPriority.High, Due, null, TaskLinks.None, Due.AddHours(-3)),
            "S4 (Versorgung): Auftrag „Feldbetten beschaffen“ erteilt, Priorität hoch, fällig 01.12. 17:00",
            "S4 (Versorgung): task “Feldbetten beschaffen” issued, priority high, due 1 Dec 17:00"
        },
        { new TaskAccepted(Task, "S4", Due, Beds), "S4: Auftrag „Feldbetten beschaffen“ angenommen", "S4: task “Feldbetten beschaffen” accepted" },
        {
            new TaskProgressReported(Task, "S4", "Frau Meier liefert 40", Due, Beds),
            "S4: Auftrag „Feldbetten beschaffen“ Fortschritt gemeldet", "S4: task “Feldbetten beschaffen” progress reported"
        },
        { new TaskCompleted(Task, "S4", "alles da", Due, Beds), "S4: Auftrag „Feldbetten beschaffen“ erledigt", "S4: task “Feldbetten beschaffen” done" },
        {
            new TaskCancelled(Task, "S4", "Spende eingetroffen", Due, Beds),
            "S4: Auftrag „Feldbetten beschaffen“ zurückgezogen (Spende eingetroffen)", "S4: task “Feldbetten beschaffen” cancelled (Spende eingetroffen)"
        },
        {
            new TaskReassigned(Task, "S4", "S3", "Einsatz", Due, Beds),
            "S4: Auftrag „Feldbetten beschaffen“ an S3 (Einsatz) übertragen", "S4: task “Feldbetten beschaffen” moved to S3 (Einsatz)"
        },
        {
            new TaskDueTimeChanged(Task, "S4", Due, Due.AddDays(1), Beds),
            "S4: Auftrag „Feldbetten beschaffen“ jetzt fällig 02.12. 17:00", "S4: task “Feldbetten beschaffen” now due 2 Dec 17:00"
        },
        {
            new TaskReminderDue(Task, "S4", Beds, Due),
            "S4: Auftrag „Feldbetten beschaffen“ bald fällig: 01.12. 17:00", "S4: task “Feldbetten beschaffen” due soon: 1 Dec 17:00"
        },
        {
            new TaskBecameOverdue(Task, "S4", Beds, TaskPriority.Urgent, Due),
            "ÜBERFÄLLIG — S4: Auftrag „Feldbetten beschaffen“ (Priorität dringend) war fällig 01.12. 17:00",
            "OVERDUE — S4: task “Feldbetten beschaffen” (priority urgent) was due 1 Dec 17:00"
        },
    };

    [Theory]
    [MemberData(nameof(EveryTaskEvent))]
    public void Every_task_event_is_one_sentence_in_german_and_in_english_without_the_units_notes(object @event, string german, string english)
    {
        var sentence = FeedSentences.Of(@event, "unused");

        Assert.Equal((german, english), (sentence.De, sentence.En));
        Assert.DoesNotContain("Meier", sentence.De, StringComparison.Ordinal);
    }

    [Fact]
    public void A_step_stored_before_titles_were_in_every_event_still_reads()
    {
        var sentence = FeedSentences.Of(new TaskAccepted(Task, "S4", Due), "unused");

        Assert.Equal(("S4: Auftrag angenommen", "S4: task accepted"), (sentence.De, sentence.En));
    }
}

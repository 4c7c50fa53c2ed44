using Krisenstab.Contracts;
using Krisenstab.Contracts.Situation;
using Krisenstab.Dashboard.Feed;

namespace Krisenstab.Dashboard.Tests.Situation;

public class SituationSentencesTests
{
    private static readonly Guid Crisis = Guid.CreateVersion7();
    private static readonly DateTimeOffset Noon = new(2026, 3, 3, 11, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Day = new(2026, 3, 3);

    public static TheoryData<object, string, string> Sentences => new()
    {
        {
            new AllocationAnnounced(Crisis, Guid.CreateVersion7(), new AllocationFigures(Day, new ArrivalWindow(new(8, 0), new(12, 0)), 45, 12, ["uk"], "LEA Gießen"), Noon),
            "Zuweisung angekündigt: 45 Personen am 03.03.2026 (08:00–12:00) aus LEA Gießen",
            "Allocation announced: 45 people on 3 Mar 2026 (08:00–12:00) from LEA Gießen"
        },
        {
            new AllocationCancelled(Crisis, Guid.CreateVersion7(), Day, 1, "Bus fällt aus", Noon),
            "Zuweisung abgesagt: 1 Person am 03.03.2026 (Bus fällt aus)",
            "Allocation cancelled: 1 person on 3 Mar 2026 (Bus fällt aus)"
        },
        {
            new ArrivalRecorded(Crisis, Guid.CreateVersion7(), Guid.CreateVersion7(), 30, null, Noon, Day, 45, 40),
            "Ankunft: 30 Personen (zur Zuweisung vom 03.03.2026: 40 von 45 angekommen)",
            "Arrival: 30 people (allocation of 3 Mar 2026: 40 of 45 arrived)"
        },
        {
            new SectorReportFiled(Crisis, Guid.CreateVersion7(), Sector.EducationAndChildcare, "S1", "Personal", null, Noon, TrafficLight.Red, [], "x", Guid.CreateVersion7(), Noon),
            "Berichtigte Fachlage Bildung und Betreuung: rot (S1 Personal)",
            "Corrected sector report education and childcare: red (S1 Personal)"
        },
        {
            new ConsolidatedReportSent(Crisis, Guid.CreateVersion7(), 2, "Landkreis", new ReportBlocks("", "", "", ""), "head", Noon),
            "Lagemeldung Nr. 2 an Landkreis gesendet",
            "Situation report no. 2 sent to Landkreis"
        },
        {
            new IncidentReported(Crisis, Guid.CreateVersion7(), Guid.CreateVersion7(), IncidentCategory.Fire, IncidentSeverity.Critical, Noon, new PersonalText("s", "geheim"), Noon),
            "Vorkommnis gemeldet: Brand, kritisch",
            "Incident reported: fire, critical"
        },
        {
            new MeetingClosed(Crisis, Guid.CreateVersion7(), Noon, Guid.CreateVersion7(), Noon.AddHours(5)),
            "Lagebesprechung beendet, nächste: 03.03.2026, 17:00",
            "Crisis meeting closed, next: 3 Mar 2026, 17:00"
        },
        {
            new TaskRequested(Crisis, Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7(), "Feldbetten holen", "S4", "Versorgung", Noon, Noon),
            "Auftrag angefordert: Feldbetten holen (Versorgung, bis 03.03.2026, 12:00)",
            "Task requested: Feldbetten holen (Versorgung, due 3 Mar 2026, 12:00)"
        },
        {
            new AllocationChanged(Crisis, Guid.CreateVersion7(), new AllocationFigures(Day, null, 40, null, [], "LEA Gießen"), "Nachmeldung", Noon),
            "Zuweisung geändert: jetzt 40 Personen am 03.03.2026 (Nachmeldung)",
            "Allocation changed: now 40 people on 3 Mar 2026 (Nachmeldung)"
        },
        {
            new ConsolidatedReportReleased(Crisis, Guid.CreateVersion7(), "head", Noon),
            "Lagemeldung freigegeben",
            "Situation report released"
        },
        {
            new IncidentClosed(Crisis, Guid.CreateVersion7(), Guid.CreateVersion7(), IncidentCategory.Medical, IncidentSeverity.Minor, Noon),
            "Vorkommnis abgeschlossen: medizinischer Notfall, leicht",
            "Incident closed: medical, minor"
        },
        {
            new MeetingScheduled(Crisis, Guid.CreateVersion7(), Noon, [], [], null, Noon),
            "Lagebesprechung angesetzt: 03.03.2026, 12:00",
            "Crisis meeting set: 3 Mar 2026, 12:00"
        },
        {
            new MeetingNoteRecorded(Crisis, Guid.CreateVersion7(), Guid.CreateVersion7(), MeetingNoteKind.OpenQuestion, "Wer fährt?", "S3", Noon),
            "Lagebesprechung: offene Frage festgehalten (S3)",
            "Crisis meeting: open question noted (S3)"
        },
        {
            new DecisionRecorded(Crisis, Guid.CreateVersion7(), Guid.CreateVersion7(), "Halle öffnen", null, Noon),
            "Beschluss: Halle öffnen",
            "Decision: Halle öffnen"
        },
    };

    [Theory]
    [MemberData(nameof(Sentences))]
    public void Each_situation_event_is_one_sentence_in_german_and_english(object @event, string german, string english)
    {
        var sentence = FeedSentences.Of(@event, EventTypeMap.Public.NameOf(@event.GetType()));

        Assert.Equal((german, english), (sentence.De, sentence.En));
    }
}

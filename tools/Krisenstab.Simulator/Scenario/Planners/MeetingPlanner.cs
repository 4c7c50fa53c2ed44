using Krisenstab.Simulator.Scenario.Commands;

namespace Krisenstab.Simulator.Scenario.Planners;

/// <summary>Crisis meetings (Lagebesprechung) on Mondays and Thursdays: facts, open questions, decisions that become tasks.</summary>
public sealed class MeetingPlanner(ScenarioPlan plan, AllocationPlanner allocations, AccommodationPlanner accommodation)
{
    private static readonly string[] Functions = ["LdS", "S1", "S2", "S3", "S4", "S5", "S6"];
    private static readonly (string Decision, string Task, string Unit)[] Decisions =
    [
        ("Zusätzliche Registrierungsstrecke im Bürgeramt einrichten", "Registrierungsstrecke aufbauen und besetzen", "S1"),
        ("Weitere Turnhalle als Reserve-Notunterkunft vorbereiten", "Turnhalle mit Feldbetten und Sanitär ausstatten", "S4"),
        ("Dolmetscherpool für Ukrainisch und Russisch erweitern", "Freiwillige Dolmetscher ansprechen und registrieren", "S1"),
        ("Bürgerinformation zu Anlaufstellen veröffentlichen", "Informationsblatt in Deutsch, Ukrainisch und Russisch erstellen", "S5"),
        ("Wohnungsgesellschaften um freie Wohnungen bitten", "Freie Wohnungen bei den Wohnungsgesellschaften abfragen", "S4"),
        ("Schulplätze für ankommende Kinder klären", "Aufnahmekapazität der Schulen erheben", "S3"),
        ("Lagebild täglich um 8 Uhr aktualisieren", "Meldewege der Unterkünfte festlegen", "S2"),
        ("WLAN in den Notunterkünften bereitstellen", "WLAN-Zugänge in den Notunterkünften einrichten", "S6"),
    ];

    public void PlanMeetings()
    {
        var first = plan.NewKey("meeting");
        plan.Add(new ScheduleMeeting(ScenarioPlan.Day(0, 8, 30), first, ScenarioPlan.Day(0, 9), Functions));
        plan.At(ScenarioPlan.Day(0, 9), () => Hold(first));
    }

    private void Hold(string meeting)
    {
        var start = plan.Now;
        plan.Add(new AddMeetingNote(start + TimeSpan.FromMinutes(5), meeting, "fact",
            $"Bisher {allocations.Announced} Personen angekündigt, {allocations.Arrived} angekommen; {accommodation.Free} Plätze frei.", "S2"));
        if (plan.Chance(0.6))
        {
            plan.Add(new AddMeetingNote(start + TimeSpan.FromMinutes(12), meeting, "open-question", "Wie viele Zuweisungen kommen nächste Woche? Das Land hat noch keine Zahlen genannt.", "S2"));
        }
        var count = plan.Between(1, 2);
        for (var i = 0; i < count; i++)
        {
            var (decision, task, unit) = plan.Pick(Decisions);
            plan.Add(new RecordDecision(start + TimeSpan.FromMinutes(20 + 10 * i), meeting, decision, task, unit, start + TimeSpan.FromDays(plan.Between(2, 5))));
        }
        if (plan.Chance(0.4))
        {
            plan.Add(new RecordDecision(start + TimeSpan.FromMinutes(40), meeting, "Die nächste Lagemeldung geht wie geplant am Freitag an das Land.", null, null, null));
        }
        var next = plan.NewKey("meeting");
        var nextAt = start + TimeSpan.FromDays(start.Days % 7 == 0 ? 3 : 4);
        plan.Add(new CloseMeeting(start + TimeSpan.FromMinutes(50), meeting, next, nextAt));
        plan.At(nextAt, () => Hold(next));
    }
}

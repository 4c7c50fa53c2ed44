using Krisenstab.Simulator.Scenario.Commands;

namespace Krisenstab.Simulator.Scenario.Planners;

/// <summary>
/// Sector reports every other afternoon (accommodation, registration, security), the weekly Lagemeldung on Fridays
/// (drafted, released by the second client, sent to the state), and incidents in the shelters, more as they fill.
/// </summary>
public sealed class ReportPlanner(ScenarioPlan plan, AllocationPlanner allocations, AccommodationPlanner accommodation, string state)
{
    private static readonly (string Category, string Text)[] Incidents =
    [
        ("conflict", "Streit um die Küchennutzung, vom Sicherheitsdienst geschlichtet."),
        ("conflict", "Lautstarker Streit zwischen zwei Familien in der Nacht."),
        ("medical", "Bewohnerin mit Kreislaufproblemen, Rettungsdienst verständigt."),
        ("medical", "Verdacht auf Masern bei einem Kind, Gesundheitsamt informiert."),
        ("violence", "Körperliche Auseinandersetzung im Aufenthaltsraum, Polizei hinzugezogen."),
        ("fire", "Rauchmelder durch Kochen im Zimmer ausgelöst, Feuerwehr vor Ort."),
        ("other", "Wasserschaden im Sanitärbereich, Duschen gesperrt."),
    ];
    private int _incidents;

    public void PlanReports()
    {
        for (var day = 1; day < plan.Settings.Length.Days; day += 2)
        {
            plan.At(ScenarioPlan.Day(day, 15), FileSectorReports);
        }
        for (var week = 0; week < plan.Settings.Weeks; week++)
        {
            plan.At(ScenarioPlan.Day(week * 7 + 4, 10), Lagemeldung);
            plan.At(ScenarioPlan.Day(week * 7 + 1, 6), PlanIncidentsOfTheWeek);
        }
    }

    private void FileSectorReports()
    {
        var now = plan.Now;
        var occupancy = accommodation.Capacity == 0 ? 0 : 100 * accommodation.Occupied / accommodation.Capacity;
        var light = occupancy < 80 ? "green" : occupancy < 95 ? "yellow" : "red";
        plan.Add(new FileSectorReport(now, "accommodation", "S4", "Sozialamt", light,
            [new("Belegte Plätze", accommodation.Occupied), new("Freie Plätze", accommodation.Free), new("Unterkünfte", accommodation.Facilities.Count)],
            $"Belegung {occupancy} %. {accommodation.MovedOut} Personen sind bisher in eigene Wohnungen gezogen."));
        var waiting = allocations.Arrived - accommodation.Placed;
        plan.Add(new FileSectorReport(now + TimeSpan.FromMinutes(10), "registration", "S1", "Bürgeramt", waiting > 20 ? "yellow" : "green",
            [new("Angekommene Personen", allocations.Arrived), new("Registriert", accommodation.Placed)],
            "Registrierung läuft; Wartezeiten am Vormittag bis zu zwei Stunden."));
        plan.Add(new FileSectorReport(now + TimeSpan.FromMinutes(20), "security", "S3", "Ordnungsamt", _incidents > 3 ? "yellow" : "green",
            [new("Vorkommnisse", _incidents)], "Sicherheitsdienst in allen Gemeinschaftsunterkünften im Einsatz."));
    }

    private void Lagemeldung()
    {
        var now = plan.Now;
        var key = plan.NewKey("situation-report");
        var week = now.Days / 7 + 1;
        plan.Add(new DraftSituationReport(now, key,
            $"Woche {week}: {allocations.Announced} Personen angekündigt, {allocations.Arrived} angekommen, {accommodation.Occupied} untergebracht.",
            $"{accommodation.Facilities.Count} Unterkünfte mit {accommodation.Capacity} Plätzen, davon {accommodation.Free} frei.",
            accommodation.Free < accommodation.Capacity / 5 ? "Weitere Notunterkünfte werden benötigt." : "Die Plätze reichen für die angekündigten Zuweisungen."));
        plan.Add(new ReleaseSituationReport(now + TimeSpan.FromMinutes(45), key));
        plan.Add(new SendSituationReport(now + TimeSpan.FromMinutes(60), key, $"Landesverwaltung {state}"));
    }

    private void PlanIncidentsOfTheWeek()
    {
        var shelters = accommodation.Facilities.Where(f => f.Kind is not "flat" && f.Occupied > 0).ToList();
        var count = shelters.Count == 0 ? 0 : Math.Min(4, plan.Between(0, 1 + accommodation.Occupied / 150));
        for (var i = 0; i < count; i++)
        {
            var facility = plan.Pick(shelters);
            var (category, text) = plan.Pick(Incidents);
            var occurredAt = plan.Now + TimeSpan.FromHours(plan.Between(2, 6 * 24));
            var severity = plan.Chance(0.6) ? "minor" : plan.Chance(0.75) ? "serious" : "critical";
            var key = plan.NewKey("incident");
            plan.Add(new ReportIncident(occurredAt + TimeSpan.FromMinutes(plan.Between(15, 90)), key, facility.Key, category, severity, occurredAt, text));
            plan.Add(new CloseIncident(occurredAt + TimeSpan.FromDays(plan.Between(1, 3)), key));
            _incidents++;
        }
    }
}

using System.Globalization;
using System.Text;
using Krisenstab.Simulator.Scenario.Commands;
using Krisenstab.Simulator.Scenario.Planners;

namespace Krisenstab.Simulator.Scenario;

/// <summary>
/// Generates a crisis of a studied municipality from its figures and a seed: no I/O, no clock, so the same settings
/// always give the same commands (their JSON lines are the plan that <c>--plan</c> prints).
/// </summary>
public static class ScenarioGenerator
{
    private static readonly string[] CityQuarters = ["Mitte", "Nord", "Süd", "Ost", "West"];
    private static readonly string[] DistrictTowns = ["Kreisstadt", "Nord", "Süd", "Ost", "West"];

    public static GeneratedScenario Generate(ScenarioSettings settings)
    {
        var municipality = settings.Municipality;
        var plan = new ScenarioPlan(settings);
        var towns = Towns(municipality.ShortName, municipality.IsDistrict, municipality.Population);
        var accommodation = new AccommodationPlanner(plan, [.. towns.Keys]);
        var allocations = new AllocationPlanner(plan, accommodation, Prefix(municipality.ShortName), $"Landeserstaufnahme {municipality.State}");
        var staff = new StaffPlanner(plan);
        var messages = new MessagePlanner(plan, municipality.ShortName);

        plan.Add(new OpenCrisis(ScenarioPlan.Day(0, 7), $"Zugang Ukraine {municipality.ShortName} (Simulation, Seed {settings.Seed.ToString(CultureInfo.InvariantCulture)})", municipality.Name));
        var level = 1;
        accommodation.Opened += facility =>
        {
            if (facility.Kind != "emergency-shelter" || plan.Now < ScenarioPlan.Day(0, 8))
            {
                return;
            }
            staff.Request(plan.Now + TimeSpan.FromHours(1), "S4", facility.Name, facility.Key, plan.Between(2, 3), "caretaking", "uk", 21);
            messages.ShelterOpened(facility);
            if (level < 3)
            {
                level = 3;
                plan.Add(new EscalateCrisis(plan.Now + TimeSpan.FromMinutes(30), 3, "Notunterkünfte nötig: die freien Plätze reichen nicht."));
            }
        };
        accommodation.OpenInitial(ScenarioPlan.Day(0, 7, 10), Math.Max(12, AllocationPlanner.TotalPeople(settings) * 2 / 5));
        staff.RegisterPool(ScenarioPlan.Day(0, 7, 40), municipality.Population);
        plan.At(ScenarioPlan.Day(0, 10), () => staff.Request(plan.Now, "S1", "Ankunftszentrum", null, plan.Between(4, 6), "registration", "uk", 21));
        for (var week = 1; week < settings.Weeks; week++)
        {
            plan.At(ScenarioPlan.Day(week * 7, 11), () => staff.Request(plan.Now, "S1", "Ankunftszentrum", null, plan.Between(2, 4), "registration", null, 14));
        }
        plan.At(ScenarioPlan.Day(1, 12), () =>
        {
            if (level < 2)
            {
                level = 2;
                plan.Add(new EscalateCrisis(plan.Now, 2, "Zuweisungen täglich; Stab tagt zweimal wöchentlich."));
            }
        });

        allocations.PlanWeeks();
        new MeetingPlanner(plan, allocations, accommodation).PlanMeetings();
        new ReportPlanner(plan, allocations, accommodation, municipality.State).PlanReports();
        messages.PlanWeekly();
        if (!settings.KeepOpen)
        {
            plan.Add(new CloseCrisis(settings.Length, "Zugangslage beendet; Übergang in den Regelbetrieb."));
        }
        return new GeneratedScenario(plan.Run(), towns);
    }

    /// <summary>The towns (a district) or quarters (a city) the facilities are spread over, with a share of the residents each.</summary>
    private static Dictionary<string, int> Towns(string name, bool district, int population)
    {
        var parts = district ? DistrictTowns : CityQuarters;
        return parts.Select((part, i) => (Name: $"{name} {part}", Residents: population * (i == 0 ? 36 : 16) / 100))
            .ToDictionary(t => t.Name, t => t.Residents, StringComparer.Ordinal);
    }

    /// <summary>The household references' prefix: the first three letters of the name ("ALT-2022-0001").</summary>
    private static string Prefix(string name)
    {
        var letters = new StringBuilder();
        foreach (var c in name.Normalize(NormalizationForm.FormD).Where(char.IsAsciiLetter).Take(3))
        {
            letters.Append(char.ToUpperInvariant(c));
        }
        return letters.ToString();
    }
}

using Krisenstab.Simulator.Scenario.Commands;

namespace Krisenstab.Simulator.Scenario.Planners;

/// <summary>
/// Weekly allocations as in spring 2022: announced a day or two ahead by the state's initial reception, then arriving
/// — mostly as announced, but partly, late, more or fewer (the figures were not always reliable) — and placed within hours.
/// </summary>
public sealed class AllocationPlanner(ScenarioPlan plan, AccommodationPlanner accommodation, string householdPrefix, string origin)
{
    /// <summary>
    /// The share of all of a week's spring arrivals, from 7 March 2022: the surge of the first weeks, then fewer. Rough,
    /// after the national registrations (about three quarters of a million by the end of May).
    /// </summary>
    private static readonly double[] WeeklyShares = [0.14, 0.14, 0.12, 0.10, 0.09, 0.08, 0.07, 0.06, 0.05, 0.05, 0.05, 0.05];
    private static readonly int[] AnnouncementDays = [0, 2, 4];
    private int _households;

    public int Announced { get; private set; }
    public int Arrived { get; private set; }

    /// <summary>The people the scenario brings over its weeks: a quarter of the 2023 protection seekers came in the spring weeks.</summary>
    public static int TotalPeople(ScenarioSettings settings) =>
        Math.Max(settings.Weeks * 3, (int)Math.Round(settings.Municipality.ProtectionSeekers * 0.25 * settings.Scale
            * Enumerable.Range(0, settings.Weeks).Sum(Share)));

    public void PlanWeeks()
    {
        var total = TotalPeople(plan.Settings);
        var shares = Enumerable.Range(0, plan.Settings.Weeks).Select(Share).ToList();
        for (var week = 0; week < plan.Settings.Weeks; week++)
        {
            var weekPeople = (int)Math.Round(total * shares[week] / shares.Sum());
            for (var i = 0; i < AnnouncementDays.Length; i++)
            {
                var people = i == AnnouncementDays.Length - 1 ? weekPeople - weekPeople / AnnouncementDays.Length * i : weekPeople / AnnouncementDays.Length;
                if (people > 0)
                {
                    var day = week * 7 + AnnouncementDays[i];
                    var at = ScenarioPlan.Day(day, 9, plan.Between(0, 50));
                    plan.At(at, () => Announce(at, day + plan.Between(1, 2), people));
                }
            }
        }
    }

    private static double Share(int week) => week < WeeklyShares.Length ? WeeklyShares[week] : 0.04;

    private void Announce(TimeSpan at, int expectedDay, int people)
    {
        var key = plan.NewKey("announcement");
        var households = Math.Max(1, (int)Math.Round(people / 2.4));
        List<string> languages = plan.Chance(0.3) ? ["uk", "ru"] : ["uk"];
        plan.Add(new AnnounceAllocation(at, key, ScenarioPlan.Day(expectedDay, 12), people, households, origin, languages));
        Announced += people;
        var expected = ScenarioPlan.Day(expectedDay, 0);
        // Held three days: past a late arrival's rest, so the reservation is cancelled (below) before it would expire.
        var reservation = accommodation.Reserve(at + TimeSpan.FromMinutes(40), people, key, expected + TimeSpan.FromDays(3));

        if (plan.Chance(0.1))
        {
            // The state corrects the figures the evening before.
            people = Math.Max(1, (int)Math.Round(people * (0.7 + plan.Random.NextDouble() * 0.6)));
            households = Math.Max(1, (int)Math.Round(people / 2.4));
            plan.Add(new ChangeAllocation(expected - TimeSpan.FromHours(6), key, ScenarioPlan.Day(expectedDay, 12), people, households, origin, languages, "Korrektur der Landesaufnahmebehörde"));
        }

        var outcome = plan.Random.NextDouble();
        var arrivalDay = outcome < 0.10 ? expectedDay + 1 : expectedDay;                       // late
        var factor = outcome switch
        {
            < 0.55 => 1.0,                                                                        // as announced (or late)
            < 0.70 => 0.6 + plan.Random.NextDouble() * 0.3,                                       // partly now, the rest the next day
            < 0.85 => 1.1 + plan.Random.NextDouble() * 0.3,                                       // more
            _ => 0.5 + plan.Random.NextDouble() * 0.4,                                            // fewer
        };
        var first = Math.Max(1, (int)Math.Round(people * factor));
        var arrivedAt = ScenarioPlan.Day(arrivalDay, plan.Between(11, 17), plan.Between(0, 59));
        plan.At(arrivedAt + TimeSpan.FromMinutes(20), () => Arrive(arrivedAt, key, first, reservation));
        if (outcome is >= 0.55 and < 0.70 && people - first > 0)
        {
            var laterAt = arrivedAt + TimeSpan.FromHours(plan.Between(18, 30));
            plan.At(laterAt + TimeSpan.FromMinutes(20), () => Arrive(laterAt, key, people - first, reservation));
        }
        if (reservation is { } held)
        {
            plan.At(arrivedAt + TimeSpan.FromHours(36), () => accommodation.CancelReservation(plan.Now, held));
        }
    }

    private void Arrive(TimeSpan arrivedAt, string announcementKey, int people, (string Facility, string Reservation)? reservation)
    {
        var households = Split(people, announcementKey);
        plan.Add(new RecordArrival(plan.Now, announcementKey, people, households.Count, arrivedAt));
        Arrived += people;
        var placedAt = plan.Now + TimeSpan.FromMinutes(30);
        foreach (var household in households)
        {
            placedAt += TimeSpan.FromMinutes(plan.Between(5, 25));
            var at = placedAt;
            plan.At(at, () => accommodation.Place(at, household, reservation));
        }
    }

    /// <summary>People into households, mostly mothers with children, kept together.</summary>
    private List<Household> Split(int people, string announcementKey)
    {
        var households = new List<Household>();
        while (people > 0)
        {
            var size = Math.Min(people, plan.Pick<int>([1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 5]));
            people -= size;
            List<string> needs = [];
            if (size >= 2 && plan.Chance(0.7)) { needs.Add("family-with-children"); }
            if (plan.Chance(0.08)) { needs.Add("step-free"); }
            if (plan.Chance(0.05)) { needs.Add("medical"); }
            List<string> languages = plan.Chance(0.2) ? ["uk", "ru"] : plan.Chance(0.1) ? ["ru"] : ["uk"];
            households.Add(new Household($"{householdPrefix}-2022-{++_households:0000}", size, needs, languages, announcementKey));
        }
        return households;
    }
}

using Krisenstab.Simulator.Scenario.Commands;

namespace Krisenstab.Simulator.Scenario.Planners;

/// <summary>
/// The staff pool (registered on the first morning) and the deployments: the arrival centre from day one, each
/// emergency shelter when it opens, and weekly reinforcement — filled from the pool as far as it reaches (a department
/// lends at most half its people at once, nobody is booked twice), so requested and deployed can differ.
/// </summary>
public sealed class StaffPlanner(ScenarioPlan plan)
{
    private static readonly string[] Departments = ["Sozialamt", "Ordnungsamt", "Jugendamt", "Bauamt", "Kämmerei", "Bürgeramt", "Schulverwaltungsamt"];
    private static readonly string[] Skills = ["registration", "social-work", "benefits", "childcare", "it", "caretaking", "medical", "security"];
    private static readonly string[] FirstNames = ["Anna", "Jonas", "Lea", "Felix", "Sophie", "Lukas", "Marie", "Paul", "Hannah", "Tim", "Laura", "Jan", "Katrin", "Sven", "Olena", "Iryna", "Dmytro", "Natalia"];
    private static readonly string[] LastNames = ["Becker", "Schulz", "Hoffmann", "Wagner", "Krause", "Richter", "Wolf", "Neumann", "Schröder", "Lange", "Kovalenko", "Schmitt", "Vogel", "Berger"];
    private readonly List<Member> _members = [];

    public int Requested { get; private set; }
    public int Deployed { get; private set; }

    public void RegisterPool(TimeSpan at, int residents)
    {
        var count = Math.Clamp(residents / 4000, 10, 60);
        for (var i = 0; i < count; i++)
        {
            var kind = i % 7 == 6 ? "interpreter" : i % 10 == 9 ? "volunteer" : "staff";
            var department = kind == "staff" ? Departments[i % Departments.Length] : null;
            List<string> skills = kind == "interpreter" ? ["interpreting"] : [.. Skills.OrderBy(_ => plan.Random.Next()).Take(plan.Between(1, 2))];
            List<Spoken> languages = [new("de", "native")];
            if (kind == "interpreter" || plan.Chance(0.25))
            {
                languages.Add(new(plan.Chance(0.7) ? "uk" : "ru", kind == "interpreter" ? "native" : "fluent"));
            }
            var key = plan.NewKey("member");
            _members.Add(new Member(key, department, skills, [.. languages.Select(l => l.Code)]));
            plan.Add(new RegisterMember(at + TimeSpan.FromMinutes(i), key, kind, department, $"{plan.Pick(FirstNames)} {plan.Pick(LastNames)}", skills, languages,
                TimeSpan.Zero, plan.Settings.Length, kind == "staff" ? 39 : 10));
        }
    }

    /// <summary>A request for <paramref name="needed"/> people for <paramref name="days"/> days, filled from the pool within hours.</summary>
    public void Request(TimeSpan at, string unit, string place, string? facilityKey, int needed, string skill, string? language, int days)
    {
        var key = plan.NewKey("request");
        var from = TimeSpan.FromDays(Math.Ceiling(at.TotalDays));
        var to = from + TimeSpan.FromDays(days - 1);
        plan.Add(new RequestStaff(at, key, unit, place, facilityKey, needed, [skill], language is null ? [] : [language], from, to, Interpreting: false));
        Requested += needed;
        var assignAt = at + TimeSpan.FromHours(1);
        for (var i = 0; i < needed && Fitting(skill, language, from, to).FirstOrDefault() is { } member; i++)
        {
            member.Bookings.Add((from, to));
            plan.Add(new AssignMember(assignAt, key, member.Key));
            assignAt += TimeSpan.FromMinutes(plan.Between(5, 40));
            Deployed++;
        }
    }

    private IEnumerable<Member> Fitting(string skill, string? language, TimeSpan from, TimeSpan to) =>
        _members
            .Where(m => m.Bookings.All(b => b.To < from || b.From > to))
            .Where(m => m.Department is null || AwayFrom(m.Department, from, to) < _members.Count(o => o.Department == m.Department) / 2)
            .OrderByDescending(m => (language is not null && m.Languages.Contains(language) ? 2 : 0) + (m.Skills.Contains(skill) ? 1 : 0))
            .ThenBy(m => m.Key, StringComparer.Ordinal);

    private int AwayFrom(string department, TimeSpan from, TimeSpan to) =>
        _members.Count(m => m.Department == department && m.Bookings.Any(b => b.From <= to && b.To >= from));

    private sealed record Member(string Key, string? Department, IReadOnlyList<string> Skills, IReadOnlyList<string> Languages)
    {
        public List<(TimeSpan From, TimeSpan To)> Bookings { get; } = [];
    }
}

using System.Text.Json;
using Krisenstab.Simulator.Data;
using Krisenstab.Simulator.Options;
using Krisenstab.Simulator.Scenario;
using Krisenstab.Simulator.Scenario.Commands;

namespace Krisenstab.Simulator.Tests;

public class ScenarioGeneratorTests
{
    private static readonly Municipality Altenburg = MunicipalityTable.Find("Altenburger Land")!;

    [Fact]
    public void The_same_seed_gives_the_same_command_sequence()
    {
        var options = new SimulatorOptions { Municipality = Altenburg, Weeks = 4, Seed = 42, Scale = 0.3 };

        var first = SimulatorProgram.PlanLines(options).ToList();
        var second = SimulatorProgram.PlanLines(options).ToList();

        Assert.True(first.Count > 200, $"only {first.Count} commands");
        Assert.Equal(first, second);
    }

    [Fact]
    public void Another_seed_gives_another_sequence()
    {
        var one = SimulatorProgram.PlanLines(new SimulatorOptions { Municipality = Altenburg, Weeks = 2, Seed = 1 }).ToList();
        var other = SimulatorProgram.PlanLines(new SimulatorOptions { Municipality = Altenburg, Weeks = 2, Seed = 2 }).ToList();

        Assert.NotEqual(one, other);
    }

    [Fact]
    public void Every_key_a_command_uses_was_created_by_an_earlier_one_and_the_commands_keep_time_order()
    {
        var commands = Generate(Altenburg, weeks: 6, scale: 1);
        var created = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < commands.Count; i++)
        {
            var made = Made(commands[i]).ToList();
            var json = JsonSerializer.SerializeToElement(commands[i], commands[i].GetType());
            var used = json.EnumerateObject()
                .Where(p => p.Name.EndsWith("Key", StringComparison.Ordinal) && p.Value.ValueKind == JsonValueKind.String)
                .Select(p => p.Value.GetString()!)
                .Except(made);
            foreach (var key in used)
            {
                Assert.True(created.Contains(key), $"command {i} ({commands[i].Kind}) uses {key} before it exists");
            }
            foreach (var key in made)
            {
                Assert.True(created.Add(key), $"{key} is created twice");
            }
            Assert.True(i == 0 || commands[i - 1].At <= commands[i].At, $"command {i} is earlier than the one before");
        }
        Assert.IsType<OpenCrisis>(commands[0]);
        Assert.IsType<CloseCrisis>(commands[^1]);
        Assert.Equal(TimeSpan.FromDays(42), commands[^1].At);
    }

    [Fact]
    public void The_allocations_follow_the_municipalitys_protection_seekers_and_arrivals_differ_from_the_announcements()
    {
        var commands = Generate(Altenburg, weeks: 6, scale: 1);
        var expected = (int)Math.Round(3130 * 0.25 * (0.14 + 0.14 + 0.12 + 0.10 + 0.09 + 0.08));

        var announced = commands.OfType<AnnounceAllocation>().Sum(a => a.People);
        var arrivals = commands.OfType<RecordArrival>().ToList();

        Assert.InRange(announced, expected - 20, expected + 20);
        Assert.Equal(6 * 3, commands.OfType<AnnounceAllocation>().Count());
        Assert.True(arrivals.Count > commands.OfType<AnnounceAllocation>().Count(), "no allocation arrived in parts");
        Assert.NotEqual(announced, arrivals.Sum(a => a.People));
        // Everyone who arrived is placed, but for the last evening's arrivals after the scenario's end.
        Assert.InRange(commands.OfType<PlaceHousehold>().Sum(p => p.Size), arrivals.Sum(a => a.People) * 95 / 100, arrivals.Sum(a => a.People));
        Assert.Contains(commands.OfType<RegisterFacility>(), f => f.FacilityKind == "emergency-shelter");
        Assert.NotEmpty(commands.OfType<MoveOut>());
        Assert.Contains(commands.OfType<RecordDecision>(), d => d.TaskTitle is not null);
        Assert.Equal(commands.OfType<DraftMessage>().Count(), commands.OfType<ApproveAndPublishMessage>().Count());
    }

    [Fact]
    public void A_larger_city_brings_more_people_than_a_small_district()
    {
        var cologne = Generate(MunicipalityTable.Find("Köln")!, weeks: 2, scale: 0.1);
        var weimar = Generate(MunicipalityTable.Find("Weimar")!, weeks: 2, scale: 0.1);

        Assert.True(cologne.OfType<AnnounceAllocation>().Sum(a => a.People) > 10 * weimar.OfType<AnnounceAllocation>().Sum(a => a.People));
    }

    private static List<SimCommand> Generate(Municipality municipality, int weeks, double scale) =>
        [.. ScenarioGenerator.Generate(new ScenarioSettings(municipality, weeks, Seed: 42, scale)).Commands];

    private static IEnumerable<string> Made(SimCommand command) => command switch
    {
        AnnounceAllocation a => [a.Key],
        RegisterFacility f => [f.Key],
        ReservePlaces r => [r.Key],
        RegisterMember m => [m.Key],
        RequestStaff r => [r.Key],
        ScheduleMeeting m => [m.Key],
        CloseMeeting m => [m.NextKey],
        DraftSituationReport d => [d.Key],
        ReportIncident i => [i.Key],
        DraftMessage d => [d.Key],
        _ => [],
    };
}

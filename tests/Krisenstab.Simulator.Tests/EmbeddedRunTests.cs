using Krisenstab.Simulator.Running;
using Krisenstab.Simulator.Tests.Support;
using Krisenstab.Testing;

namespace Krisenstab.Simulator.Tests;

/// <summary>A small, fast scenario played on the embedded host (the gateway in the test's process on a real Kestrel port, its clock set by the simulator).</summary>
public class EmbeddedRunTests
{
    [Fact]
    public async Task A_two_week_scenario_shows_its_announcements_placements_tasks_and_published_messages_in_the_past_crisis_picture()
    {
        var data = Directory.CreateTempSubdirectory("krisenstab-simulator-tests-").FullName;
        var options = SmallScenario.Options(weeks: 2, seed: 7, compression: 400_000) with { DataDirectory = data };
        var commands = SmallScenario.Commands(options);
        var expected = ScenarioFigures.Of(commands);
        System.Text.Json.JsonElement picture = default;
        try
        {
            var result = await Simulation.RunAsync(options, null, null, CancellationToken.None, async (api, summary) =>
            {
                Assert.True(summary.Refused + summary.Failed + summary.Skipped == 0, string.Join("; ", summary.Refusals));
                var read = await Eventually.ReturnsAsync(() => PictureReading.ReadAsync(api, summary.CrisisId), r => r.Figures == expected,
                    $"the picture shows {expected}", TimeSpan.FromSeconds(60));
                picture = read.Picture;
            });

            Assert.Equal(commands.Count, result.Summary.Commands);
            Assert.True(result.Summary.Refused + result.Summary.Failed + result.Summary.Skipped == 0, string.Join("; ", result.Summary.Refusals));
            Assert.True(expected.Placed > 0 && expected.Tasks > 0 && expected.Published > 0, $"the scenario is too small: {expected}");
            Assert.Equal(new DateTimeOffset(2022, 3, 7, 7, 0, 0, TimeSpan.Zero), picture.GetProperty("openedAt").GetDateTimeOffset());
            Assert.Equal(new DateTimeOffset(2022, 3, 21, 0, 0, 0, TimeSpan.Zero), picture.GetProperty("closedAt").GetDateTimeOffset());
            Assert.True(File.Exists(Path.Combine(data, "dashboard.db")), "the run left no data behind");
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }
}

using Krisenstab.Simulator.Data;
using Krisenstab.Simulator.Options;
using Krisenstab.Simulator.Scenario;

namespace Krisenstab.Simulator.Tests.Support;

/// <summary>A few households of Weimar (the smallest studied city), played fast.</summary>
public static class SmallScenario
{
    public static SimulatorOptions Options(int weeks, int seed, double compression) => new()
    {
        Municipality = MunicipalityTable.Find("Weimar")!,
        Weeks = weeks,
        Scale = 0.05,
        Seed = seed,
        Compression = compression,
        Rate = 200,
    };

    public static IReadOnlyList<SimCommand> Commands(SimulatorOptions options) =>
        ScenarioGenerator.Generate(new ScenarioSettings(options.Municipality, options.Weeks, options.Seed, options.Scale)).Commands;
}

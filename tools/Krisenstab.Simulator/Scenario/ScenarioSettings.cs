using Krisenstab.Simulator.Data;

namespace Krisenstab.Simulator.Scenario;

/// <summary>What decides a scenario's commands: the same settings give the same commands.</summary>
public sealed record ScenarioSettings(Municipality Municipality, int Weeks, int Seed, double Scale, bool KeepOpen = false)
{
    public TimeSpan Length => TimeSpan.FromDays(7 * Weeks);
}

/// <summary>A generated scenario: its commands in time order, and the towns (with residents) it places in.</summary>
public sealed record GeneratedScenario(IReadOnlyList<SimCommand> Commands, IReadOnlyDictionary<string, int> Towns);

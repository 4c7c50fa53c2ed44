using Krisenstab.Simulator.Scenario;
using Krisenstab.Simulator.Scenario.Commands;

namespace Krisenstab.Simulator.Tests.Support;

/// <summary>The figures a crisis's picture must show once every command of a scenario was accepted.</summary>
public sealed record ScenarioFigures(int Announced, int Arrived, int Placed, int Tasks, int Published)
{
    public static ScenarioFigures Of(IReadOnlyList<SimCommand> commands)
    {
        // An announcement counts with its latest figures.
        var announced = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var command in commands)
        {
            switch (command)
            {
                case AnnounceAllocation a: announced[a.Key] = a.People; break;
                case ChangeAllocation c: announced[c.Key] = c.People; break;
            }
        }
        return new ScenarioFigures(
            announced.Values.Sum(),
            commands.OfType<RecordArrival>().Sum(a => a.People),
            commands.OfType<PlaceHousehold>().Sum(p => p.Size),
            commands.OfType<RecordDecision>().Count(d => d.TaskTitle is not null),
            commands.OfType<ApproveAndPublishMessage>().Count());
    }
}

using Krisenstab.Simulator.Embedded;
using Krisenstab.Simulator.Scenario;

namespace Krisenstab.Simulator.Running;

/// <summary>
/// Plays the commands in order at their time (compressed; with the embedded host, its clock set to each step's moment), at most <c>rate</c> a second, and reports progress. A command
/// whose earlier step was refused is skipped; a refusal does not stop the run (the summary lists it).
/// </summary>
public sealed class ScenarioRunner(ApiSession api, Timeline timeline, double rate, TimeProvider realTime, SimulatedClock? clock = null)
{
    public async Task<RunSummary> RunAsync(IReadOnlyList<SimCommand> commands, Action<SimCommand>? progress, CancellationToken cancellationToken)
    {
        var summary = new RunSummary();
        var run = new ScenarioRun(api, timeline, summary);
        var begin = realTime.GetTimestamp();
        var spacing = TimeSpan.FromSeconds(1 / rate);
        var nextSlot = TimeSpan.Zero;
        for (var i = 0; i < commands.Count; i++)
        {
            var command = commands[i];
            var due = timeline.RealTimeTo(command.At);
            var at = due > nextSlot ? due : nextSlot;
            var wait = at - realTime.GetElapsedTime(begin);
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, realTime, cancellationToken);
            }
            nextSlot = realTime.GetElapsedTime(begin) + spacing;
            // The embedded clock stands at the step's own moment while the step is sent, then runs on to the next step's.
            var moment = timeline.StepMoment(command.At, realTime.GetUtcNow());
            clock?.AdvanceTo(moment, moment);
            run.Step(command.Kind, command.At, moment);
            try
            {
                await command.RunAsync(run, cancellationToken);
            }
            catch (MissingKeyException)
            {
                summary.Skip();
            }
            clock?.AdvanceTo(moment, timeline.StepMoment(i + 1 < commands.Count ? commands[i + 1].At : command.At, realTime.GetUtcNow()));
            summary.CommandDone();
            progress?.Invoke(command);
        }
        return summary;
    }
}

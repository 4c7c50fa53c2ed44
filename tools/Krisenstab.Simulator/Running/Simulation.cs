using Krisenstab.Simulator.Embedded;
using Krisenstab.Simulator.Options;
using Krisenstab.Simulator.Scenario;

namespace Krisenstab.Simulator.Running;

/// <summary>One run: generate the scenario, start the embedded host (or reach the gateway), play it, let the journal settle, export.</summary>
public static class Simulation
{
    /// <param name="inspect">Called after the journal settled, while the installation still runs (tests look at the picture).</param>
    public static async Task<SimulationResult> RunAsync(
        SimulatorOptions options, Action<int>? started, Action<SimCommand>? progress, CancellationToken cancellationToken, Func<ApiSession, RunSummary, Task>? inspect = null)
    {
        var scenario = ScenarioGenerator.Generate(new ScenarioSettings(options.Municipality, options.Weeks, options.Seed, options.Scale, options.KeepOpen));
        started?.Invoke(scenario.Commands.Count);
        var realTime = TimeProvider.System;
        EmbeddedInstallation? embedded = null;
        string? dataDirectory = null;
        try
        {
            Timeline timeline;
            SimulatedClock? clock = null;
            Uri address;
            ClientCredentials operatorClient, approver;
            if (options.Gateway is { } gateway)
            {
                (address, operatorClient, approver) = (gateway, options.Client!, options.Approver!);
                timeline = Timeline.RealTime(options.Compression);
            }
            else
            {
                dataDirectory = options.DataDirectory ?? Directory.CreateTempSubdirectory("krisenstab-simulation-").FullName;
                Directory.CreateDirectory(dataDirectory);
                timeline = Timeline.Embedded(options.Start, options.Compression);
                clock = new SimulatedClock(timeline.StepMoment(TimeSpan.Zero, realTime.GetUtcNow()), options.Compression);
                embedded = await EmbeddedInstallation.StartAsync(dataDirectory, clock, scenario.Towns, cancellationToken);
                (address, operatorClient, approver) = (embedded.Address, embedded.Operator, embedded.Approver);
            }
            using var api = new ApiSession(new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromMinutes(2) }, operatorClient, approver, realTime);
            var summary = await new ScenarioRunner(api, timeline, options.Rate, realTime, clock).RunAsync(scenario.Commands, progress, cancellationToken);
            var journalLength = summary.CrisisId == Guid.Empty ? 0
                : await JournalSettling.WaitAsync(api, summary.CrisisId, realTime, TimeSpan.FromMinutes(2), cancellationToken);
            if (inspect is not null)
            {
                await inspect(api, summary);
            }
            string? exportProblem = null;
            if (options.ExportPath is { } exportPath && summary.CrisisId != Guid.Empty)
            {
                exportProblem = await CrisisExport.WriteAsync(api, summary.CrisisId, exportPath, cancellationToken);
            }
            return new SimulationResult(summary, address, dataDirectory, journalLength, exportProblem);
        }
        finally
        {
            if (embedded is not null)
            {
                await embedded.DisposeAsync();
            }
        }
    }
}

/// <summary>What a run leaves: its summary, where it ran, the data directory (embedded), the journal's length, and why the export failed (if it did).</summary>
public sealed record SimulationResult(RunSummary Summary, Uri Address, string? DataDirectory, long JournalLength, string? ExportProblem);

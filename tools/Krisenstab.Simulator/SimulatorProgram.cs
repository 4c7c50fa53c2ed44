using System.Globalization;
using System.Text.Json;
using Krisenstab.Contracts;
using Krisenstab.Simulator.Data;
using Krisenstab.Simulator.Options;
using Krisenstab.Simulator.Running;
using Krisenstab.Simulator.Scenario;
using Spectre.Console;

namespace Krisenstab.Simulator;

/// <summary>The command line: options, then the plan (<c>--plan</c>) or a run with a progress bar and its summary.</summary>
public static class SimulatorProgram
{
    public static async Task<int> Main(string[] args)
    {
        if (OptionsParser.AsksForHelp(args))
        {
            Console.WriteLine(OptionsParser.Usage);
            return 0;
        }
        if (OptionsParser.AsksForList(args))
        {
            foreach (var m in MunicipalityTable.All)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{m.ShortName,-30} {m.State}  {m.Population,9:N0} residents  {m.ProtectionSeekers,6:N0} protection seekers"));
            }
            return 0;
        }
        var (options, error) = OptionsParser.Parse(args);
        if (options is null)
        {
            await Console.Error.WriteLineAsync(error);
            return 2;
        }
        if (options.PlanOnly)
        {
            foreach (var line in PlanLines(options))
            {
                Console.WriteLine(line);
            }
            return 0;
        }
        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancellation.Cancel(); };
        try
        {
            var result = options.Quiet || !AnsiConsole.Profile.Capabilities.Interactive
                ? await Simulation.RunAsync(options, null, null, cancellation.Token)
                : await RunWithProgressAsync(options, cancellation.Token);
            return Report(result, options);
        }
        catch (Exception e) when (e is SignInException or HttpRequestException or OperationCanceledException)
        {
            await Console.Error.WriteLineAsync(e is OperationCanceledException ? "Stopped." : e.Message);
            return 1;
        }
    }

    /// <summary>The scenario's commands as JSON lines: the same options give the same lines.</summary>
    public static IEnumerable<string> PlanLines(SimulatorOptions options) =>
        ScenarioGenerator.Generate(new ScenarioSettings(options.Municipality, options.Weeks, options.Seed, options.Scale, options.KeepOpen)).Commands
            .Select(c => JsonSerializer.Serialize(c, c.GetType(), ContractJson.Options));

    private static Task<SimulationResult> RunWithProgressAsync(SimulatorOptions options, CancellationToken cancellationToken) =>
        AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask($"{options.Municipality.ShortName}: Start", autoStart: true);
                return await Simulation.RunAsync(
                    options,
                    count => task.MaxValue = count,
                    command =>
                    {
                        var day = options.Start.AddDays(command.At.Days);
                        task.Description = Markup.Escape($"{options.Municipality.ShortName}: Woche {command.At.Days / 7 + 1}, {day:dd.MM.yyyy} {command.Kind}");
                        task.Increment(1);
                    },
                    cancellationToken);
            });

    private static int Report(SimulationResult result, SimulatorOptions options)
    {
        var s = result.Summary;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Crisis {s.CrisisId} at {result.Address}: {s.Commands} commands, {s.Requests} requests, {s.Refused} refused, {s.Failed} failed, {s.Skipped} skipped; journal {result.JournalLength} entries."));
        foreach (var refusal in s.Refusals)
        {
            Console.WriteLine($"  {refusal}");
        }
        if (result.DataDirectory is { } data)
        {
            Console.WriteLine($"Data: {data} — open it with: Krisenstab__EventStore__DataDirectory={data} dotnet run --project gateway/Krisenstab.Gateway");
        }
        if (options.ExportPath is { } export)
        {
            Console.WriteLine(result.ExportProblem ?? $"Export: {export}");
        }
        return s.CrisisId == Guid.Empty || s.Failed > 0 || result.ExportProblem is not null ? 1 : 0;
    }
}

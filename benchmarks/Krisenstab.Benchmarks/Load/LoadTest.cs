using System.Diagnostics;
using System.Globalization;
using System.Net;
using Microsoft.Data.Sqlite;

namespace Krisenstab.Benchmarks.Load;

/// <summary>
/// The command path under load, against the embedded gateway as a process on 127.0.0.1 (see benchmarks/README.md):
/// command latency on a facility with a long history vs a fresh one; a sustained rate from 64 connections with a hub
/// client timing each push; an overload rate, every request answered (201, 409 or 503) and the gateway's memory.
/// Bounded in count and time: each phase offers a fixed number of requests and every request times out after 10 s.
/// </summary>
public static class LoadTest
{
    public static async Task<int> RunAsync(string[] args)
    {
        var settings = LoadSettings.From(args);
        var repository = settings.GatewayFrom ?? FindRepository();
        if (settings.History > 0)
        {
            await WithGatewayAsync(repository, settings.History, async (gateway, token, hub, old) => await HistoryAsync(gateway, token, old!.Value, settings));
        }
        // A gateway of its own for the rates, so its memory is not that of the seeded history.
        await WithGatewayAsync(repository, 0, async (gateway, token, hub, _) =>
        {
            await WarmUpAsync(gateway, token, settings);
            await SustainedAsync(gateway, hub, token, settings);
            await OverloadAsync(gateway, token, settings);
            Console.WriteLine($"Hub connection closed by the server during the run: {hub.Closed} times.");
        });
        return 0;
    }

    /// <summary>A fresh data directory (with a facility of <paramref name="history"/> events when > 0), the gateway on it, a token and a hub client.</summary>
    private static async Task WithGatewayAsync(string repository, int history, Func<GatewayProcess, string, HubTimer, Guid?, Task> run)
    {
        var data = Directory.CreateTempSubdirectory("krisenstab-load-").FullName;
        try
        {
            Guid? old = null;
            if (history > 0)
            {
                Console.WriteLine($"Seeding a facility with {history:N0} events …");
                old = await HistorySeeder.SeedAsync(data, history);
            }
            await using var gateway = await GatewayProcess.StartAsync(repository, data);
            var token = await PlacementLoad.TokenAsync(gateway.Address, "staff");
            await using var hub = await HubTimer.ConnectAsync(gateway.Address, token);
            if (history > 0)
            {
                await WaitForPublisherAsync(data);
                await hub.WaitUntilQuietAsync(TimeSpan.FromSeconds(2));
            }
            Console.WriteLine($"Gateway at {gateway.Address}, {gateway.ResidentMegabytes():0} MB after start{(history > 0 ? " and publishing the seeded history" : "")}.");
            await run(gateway, token, hub, old);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(data, recursive: true);
        }
    }

    private static async Task HistoryAsync(GatewayProcess gateway, string token, Guid old, LoadSettings settings)
    {
        using var load = new PlacementLoad(gateway.Address, token, connections: 1);
        var fresh = await load.RegisterAsync("Halle ohne Geschichte");
        var cold = await load.PlaceAsync(old, "history-cold");
        var (oldMs, freshMs) = (new List<double>(), new List<double>());
        for (var i = 0; i < settings.Samples + 20; i++)
        {
            var onOld = await load.PlaceAsync(old, $"history-old-{i}");
            var onFresh = await load.PlaceAsync(fresh, $"history-fresh-{i}");
            if (i >= 20)
            {
                oldMs.Add(onOld.Milliseconds);
                freshMs.Add(onFresh.Milliseconds);
            }
        }
        Console.WriteLine();
        Console.WriteLine($"## Command latency vs history (one client, {settings.Samples} placements each, alternating, after 20 warm-up)");
        Console.WriteLine("| facility | p50 | p99 |");
        Console.WriteLine("|---|---:|---:|");
        Console.WriteLine($"| fresh | {Percentiles.Ms(Percentiles.Of(freshMs, 50))} | {Percentiles.Ms(Percentiles.Of(freshMs, 99))} |");
        Console.WriteLine($"| {settings.History:N0} events | {Percentiles.Ms(Percentiles.Of(oldMs, 50))} | {Percentiles.Ms(Percentiles.Of(oldMs, 99))} |");
        Console.WriteLine($"p50 ratio (history / fresh): {Percentiles.Of(oldMs, 50) / Percentiles.Of(freshMs, 50):0.00}; " +
            $"the first command on the long stream (cold: folds it, stores a snapshot): {Percentiles.Ms(cold.Milliseconds)} ({(int?)cold.Status})");
    }

    /// <summary>
    /// The sustained rate into a facility of its own, not measured: for about its first minute the runtime still compiles
    /// the hot paths again, optimised (tiered JIT, about half a core), which a server running for days has long done.
    /// </summary>
    private static async Task WarmUpAsync(GatewayProcess gateway, string token, LoadSettings settings)
    {
        if (settings.WarmUp <= TimeSpan.Zero)
        {
            return;
        }
        using var load = new PlacementLoad(gateway.Address, token, connections: 64);
        var facility = await load.RegisterAsync("Aufwärmhalle");
        var answers = await load.OpenLoopAsync(facility, settings.Rate, settings.WarmUp, "warm-up");
        Console.WriteLine($"Warmed up: {settings.Rate}/s for {settings.WarmUp.TotalSeconds:0} s into a facility of its own ({answers.Count(a => a.Status == HttpStatusCode.Created)} placed), not measured.");
    }

    private static async Task SustainedAsync(GatewayProcess gateway, HubTimer hub, string token, LoadSettings settings)
    {
        using var load = new PlacementLoad(gateway.Address, token, connections: 64);
        var facility = await load.RegisterAsync("Ankunftszentrum");
        using var memory = MemorySampler.Start(gateway);
        var answers = await load.OpenLoopAsync(facility, settings.Rate, settings.Duration, "steady");
        await Task.Delay(TimeSpan.FromSeconds(1)); // the last pushes
        var created = answers.Where(a => a.Status == HttpStatusCode.Created).ToList();
        var pushes = created.Select(a => hub.ArrivalOf(facility, a.Occupied!.Value) is { } at ? Stopwatch.GetElapsedTime(a.DueAt, at).TotalMilliseconds : double.NaN).ToList();
        Console.WriteLine();
        Console.WriteLine($"## Sustained: {settings.Rate}/s offered for {settings.Duration.TotalSeconds:0} s, 64 connections, one facility");
        Report(answers, settings.Duration);
        Console.WriteLine($"command-to-hub (due → push arrived) p50 {Percentiles.Ms(Percentiles.Of([.. pushes.Where(p => !double.IsNaN(p))], 50))}, " +
            $"p99 {Percentiles.Ms(Percentiles.Of([.. pushes.Where(p => !double.IsNaN(p))], 99))}; placements never shown: {pushes.Count(double.IsNaN)} " +
            $"({hub.Pushes} pushes received in all; a push shows every placement up to its occupied count)");
        Console.WriteLine(memory.Summary(answers.Count));
    }

    private static async Task OverloadAsync(GatewayProcess gateway, string token, LoadSettings settings)
    {
        using var load = new PlacementLoad(gateway.Address, token, connections: 1024);
        var facility = await load.RegisterAsync("Ankunftszentrum Überlast");
        using var memory = MemorySampler.Start(gateway);
        var answers = await load.OpenLoopAsync(facility, settings.OverloadRate, settings.OverloadDuration, "burst");
        Console.WriteLine();
        Console.WriteLine($"## Overload: {settings.OverloadRate}/s offered for {settings.OverloadDuration.TotalSeconds:0} s, up to 1024 connections, one facility");
        Report(answers, settings.OverloadDuration);
        Console.WriteLine($"answered within 1 s: {answers.Count(a => !a.Lost && a.Milliseconds <= 1000)} of {answers.Count}; 503 with Retry-After: " +
            $"{answers.Count(a => a.Status == HttpStatusCode.ServiceUnavailable && a.RetryAfter)}");
        Console.WriteLine(memory.Summary(answers.Count));
    }

    private static void Report(IReadOnlyList<Answer> answers, TimeSpan duration)
    {
        var byStatus = string.Join(", ", answers.GroupBy(a => a.Status is { } s ? ((int)s).ToString(CultureInfo.InvariantCulture) : "lost").OrderBy(g => g.Key).Select(g => $"{g.Key}: {g.Count()}"));
        var ms = answers.Where(a => !a.Lost).Select(a => a.Milliseconds).ToList();
        var created = answers.Count(a => a.Status == HttpStatusCode.Created);
        Console.WriteLine($"answers: {byStatus}; placed {created / duration.TotalSeconds:0}/s");
        Console.WriteLine($"HTTP latency (due → answered) p50 {Percentiles.Ms(Percentiles.Of(ms, 50))}, p99 {Percentiles.Ms(Percentiles.Of(ms, 99))}, max {Percentiles.Ms(ms.Count == 0 ? double.NaN : ms.Max())}");
    }

    /// <summary>Waits until the store-to-bus publisher has published everything seeded.</summary>
    private static async Task WaitForPublisherAsync(string data)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(data, "accommodation.db")};Mode=ReadOnly");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT coalesce((SELECT max(global_position) FROM events), 0) - coalesce((SELECT position FROM checkpoints WHERE subscription_id = 'bus-publisher'), 0)";
        while (Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture) > 0)
        {
            await Task.Delay(500);
        }
    }

    private static string FindRepository()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Krisenstab.sln")))
            {
                return directory.FullName;
            }
        }
        throw new InvalidOperationException("Run from inside the repository (Krisenstab.sln not found above the benchmark).");
    }
}

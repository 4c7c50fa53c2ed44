using System.Diagnostics;
using System.Globalization;
using Krisenstab.Contracts;
using Krisenstab.Contracts.Situation;
using Krisenstab.Dashboard;
using Krisenstab.Dashboard.Board;
using Krisenstab.Dashboard.Journal;
using Krisenstab.Dashboard.Pictures;
using Krisenstab.Dashboard.Replay;

namespace Krisenstab.Benchmarks.Replay;

/// <summary>
/// <c>replay [seconds] [entries per crisis second]</c> (default 30 s of wall time, 10 entries per second of the
/// crisis): a replay at 3600× of a dense crisis journal (in memory, as a replay holds its tape), ticked every 250 ms
/// on the real clock as the dashboard ticks it. Per tick: the time a tick takes (folding the entries it passes and
/// their feed lines) and how far the replay's moment is behind where 3600× should be. Target: it keeps its pace —
/// every tick well within the 250 ms between ticks, and the moment never behind by more than one tick's worth.
/// </summary>
public static class ReplayBenchmark
{
    private const double Speed = 3600;
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(250);
    private static readonly DateTimeOffset Start = new(2022, 3, 1, 6, 0, 0, TimeSpan.Zero);

    public static async Task<int> RunAsync(string[] args)
    {
        var seconds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 30;
        var density = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10;
        var crisisId = Guid.CreateVersion7();
        var period = TimeSpan.FromSeconds(seconds * Speed);
        var entries = Journal(crisisId, (int)(period.TotalSeconds * density), density);
        var tape = ReplayTape.Of(entries, [], Start, Start + period);
        Console.WriteLine($"tape: {tape.Count:N0} entries over {period.TotalHours:F0} h of the crisis, played at {Speed}× in {seconds} s");

        var empty = SituationPicture.Empty(crisisId) with { Accommodation = AccommodationBoard.Empty(DashboardSettings.Default) };
        var clock = TimeProvider.System;
        var session = new ReplaySession(Guid.CreateVersion7(), crisisId, Start, Start + period, tape, empty, Speed, paused: false, clock.GetUtcNow());
        var began = clock.GetTimestamp();
        var (tickMs, behindMs) = (new List<double>(), new List<double>());
        using var timer = new PeriodicTimer(Tick);
        while (session.Status == ReplayStatus.Playing && await timer.WaitForNextTickAsync())
        {
            var ticking = Stopwatch.StartNew();
            var frame = session.Advance(clock.GetUtcNow());
            tickMs.Add(ticking.Elapsed.TotalMilliseconds);
            if (frame is not null)
            {
                var due = Start + clock.GetElapsedTime(began) * Speed;
                var expected = due < Start + period ? due : Start + period;
                behindMs.Add((expected - frame.Replay.Moment).TotalMilliseconds / Speed);
            }
        }
        var wall = clock.GetElapsedTime(began);
        var last = session.Current();
        tickMs.Sort();
        behindMs.Sort();
        Console.WriteLine($"played {last.Replay.Applied:N0} of {last.Replay.Entries:N0} entries in {wall.TotalSeconds:F1} s (ideal {seconds} s), {tickMs.Count} ticks");
        Console.WriteLine($"tick: p50 {tickMs[tickMs.Count / 2]:F1} ms, p95 {tickMs[(int)(tickMs.Count * 0.95)]:F1} ms, max {tickMs[^1]:F1} ms (ticks every {Tick.TotalMilliseconds} ms)");
        Console.WriteLine($"moment behind 3600× (in wall time): p50 {behindMs[behindMs.Count / 2]:F1} ms, max {behindMs[^1]:F1} ms");
        return last.Replay.Applied == last.Replay.Entries ? 0 : 1;
    }

    /// <summary>Opened, then escalations <paramref name="density"/> per second of the crisis.</summary>
    private static List<JournalEntry> Journal(Guid crisisId, int count, int density)
    {
        var entries = new List<JournalEntry>(count);
        for (var i = 0; i < count; i++)
        {
            var at = Start.AddTicks(TimeSpan.TicksPerSecond * (i + 1) / density);
            object @event = i == 0
                ? new CrisisOpened(crisisId, "Frühjahr 2022", "Landkreis Nord", at)
                : new CrisisEscalated(crisisId, 1, 1 + (i % 4), $"Lagemeldung {i}", at);
            entries.Add(new JournalEntry(Guid.CreateVersion7(), i == 0 ? "situation.crisis-opened.v1" : "situation.crisis-escalated.v1", @event,
                new EventMetadata { OccurredAt = at, CrisisId = crisisId, ActorId = "bench", ActorRole = "head" }));
        }
        return entries;
    }
}

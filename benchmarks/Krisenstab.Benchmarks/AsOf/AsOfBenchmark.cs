using System.Diagnostics;
using System.Globalization;
using Krisenstab.Contracts;
using Krisenstab.Contracts.Situation;
using Krisenstab.Dashboard;
using Krisenstab.Dashboard.Journal;
using Krisenstab.Dashboard.Pictures;
using Krisenstab.Dashboard.Snapshots;
using Krisenstab.EventStore;

namespace Krisenstab.Benchmarks.AsOf;

/// <summary>
/// <c>as-of [events]</c> (default 1,000,000): writes one crisis journal of that many chained entries into a fresh
/// SQLite store, then measures (1) the pure fold (<see cref="SituationPicture.Apply"/>) in journal events per second,
/// (2) the snapshot projection reading the store from the start (deserialising, folding, keeping snapshots) and
/// (3) the picture as of 200 random moments through <see cref="PictureMoments"/>. Targets: fold ≥ 200,000 events/s,
/// as-of ≤ 200 ms.
/// </summary>
public static class AsOfBenchmark
{
    private const int WriteBatch = 2000;
    private static readonly DateTimeOffset Start = new(2022, 3, 1, 6, 0, 0, TimeSpan.Zero);

    public static async Task<int> RunAsync(string[] args)
    {
        var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1_000_000;
        var crisisId = Guid.CreateVersion7();
        var serializer = new EventSerializer(EventTypeMap.Public);
        await using var bench = await BenchmarkStore.CreateAsync(BenchmarkEngine.Sqlite);
        var journal = new DashboardJournal(bench.Store, serializer);

        var written = Stopwatch.StartNew();
        var entries = await WriteAsync(bench.Store, serializer, crisisId, count);
        Console.WriteLine($"wrote {count:N0} chained entries in {written.Elapsed.TotalSeconds:F1} s");

        var folding = Stopwatch.StartNew();
        var picture = entries.Aggregate(SituationPicture.Empty(crisisId), SituationPicture.Apply);
        Console.WriteLine($"fold: {count / folding.Elapsed.TotalSeconds:N0} journal events/s (version {picture.Version:N0})");

        var moments = new PictureMoments(journal, bench.Store, DashboardSettings.Default, new SnapshotSettings(SnapshotSettings.DefaultEvery));
        var projecting = Stopwatch.StartNew();
        var after = 0L;
        while (await bench.Store.ReadAllAsync(after, 4096) is { Count: > 0 } batch)
        {
            await moments.HandleAsync(batch, CancellationToken.None);
            after = batch[^1].GlobalPosition;
        }
        Console.WriteLine($"snapshot projection from the store: {count / projecting.Elapsed.TotalSeconds:N0} journal events/s (read, deserialise, fold, snapshot)");

        var random = new Random(7);
        var timings = new List<double>();
        for (var i = 0; i < 200; i++)
        {
            var asOf = Start.AddSeconds(random.NextDouble() * count);
            var asking = Stopwatch.StartNew();
            var then = await moments.PictureAsync(crisisId, asOf, CancellationToken.None);
            timings.Add(asking.Elapsed.TotalMilliseconds);
            if (then is null || then.LastUpdate > asOf)
            {
                throw new InvalidOperationException($"as of {asOf:O}: wrong picture");
            }
        }
        timings.Sort();
        Console.WriteLine($"as of a random moment, 200 asks: p50 {timings[100]:F1} ms, p95 {timings[190]:F1} ms, max {timings[^1]:F1} ms");
        return 0;
    }

    /// <summary>Opened, then escalations and reports one second apart, every 50th arriving up to a minute late; chained as the dashboard chains them.</summary>
    private static async Task<List<JournalEntry>> WriteAsync(IEventStore store, EventSerializer serializer, Guid crisisId, int count)
    {
        var stream = JournalStreams.Crisis(crisisId);
        var entries = new List<JournalEntry>(count);
        var head = ChainHead.Empty;
        for (var from = 0; from < count; from += WriteBatch)
        {
            var data = new List<EventData>();
            var links = new List<EventData>();
            var expected = ExpectedVersion.After(head.Version);
            for (var version = from; version < Math.Min(count, from + WriteBatch); version++)
            {
                var at = Start.AddSeconds(version - (version % 50 == 0 ? Math.Min(version, 60) : 0));
                object @event = version == 0
                    ? new CrisisOpened(crisisId, "Frühjahr 2022", "Landkreis Nord", at)
                    : new CrisisEscalated(crisisId, 1, 1 + (version % 4), $"Lagemeldung {version}", at);
                var metadata = new EventMetadata { OccurredAt = at, CrisisId = crisisId, ActorId = "bench", ActorRole = "head" };
                var serialized = serializer.Serialize(@event, metadata);
                var entry = serialized with { EventType = DashboardJournal.EntryTypePrefix + serialized.EventType };
                var hash = JournalChain.Hash(head.Hash, stream.Value, version, entry.EventId, entry.EventType, entry.Data, metadata);
                head = new ChainHead(version, hash);
                data.Add(entry);
                links.Add(new JournalLink(version, entry.EventId, hash).ToEventData(metadata));
                entries.Add(new JournalEntry(entry.EventId, serialized.EventType, @event, metadata));
            }
            await store.AppendAsync([new StreamAppend(stream, expected, data), new StreamAppend(JournalStreams.ChainOf(stream), expected, links)]);
        }
        return entries;
    }
}

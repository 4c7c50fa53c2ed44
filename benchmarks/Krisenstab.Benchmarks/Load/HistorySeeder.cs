using Krisenstab.Contracts;
using Krisenstab.Contracts.Accommodation;
using Krisenstab.EventStore;
using Krisenstab.EventStore.Sqlite;
using Microsoft.Data.Sqlite;

namespace Krisenstab.Benchmarks.Load;

/// <summary>
/// Writes a facility with a long history straight into the accommodation store before the gateway starts: its
/// registration, then confirmations of its figures (events that are folded but do not grow the state).
/// </summary>
public static class HistorySeeder
{
    private const int EventsPerAppend = 1000;

    public static async Task<Guid> SeedAsync(string dataDirectory, int events)
    {
        var facility = Guid.CreateVersion7();
        var serializer = new EventSerializer(EventTypeMap.Public);
        var at = new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero);
        var metadata = new EventMetadata { OccurredAt = at, ActorId = "seed", ActorRole = "staff" };
        var occupancy = new FacilityOccupancy("Halle mit Geschichte", "Bramsche", FacilityCapacity, 0, 0, 0, Closed: false);
        var stream = StreamName.For("facility", facility);
        await using (var store = new SqliteEventStore(Path.Combine(dataDirectory, "accommodation.db")))
        {
            await store.AppendAsync(stream, ExpectedVersion.NoStream, [serializer.Serialize(new FacilityRegistered(
                facility, "Halle mit Geschichte", FacilityKind.SharedShelter, "Bramsche", "Am Markt 1", FacilityOperator.Municipal,
                FacilityCapacity, [], at, occupancy), metadata)]);
            for (var written = 1; written < events; written += EventsPerAppend)
            {
                var count = Math.Min(EventsPerAppend, events - written);
                await store.AppendAsync(stream, ExpectedVersion.Exactly(written - 1),
                    [.. Enumerable.Range(0, count).Select(i => serializer.Serialize(new OccupancyConfirmed(facility, at.AddSeconds(written + i), occupancy), metadata))]);
            }
        }
        SqliteConnection.ClearAllPools();
        return facility;
    }

    public const int FacilityCapacity = 10_000;
}

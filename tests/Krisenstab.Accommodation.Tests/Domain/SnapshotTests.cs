using System.Text.Json;
using Krisenstab.Accommodation.Facilities;
using Krisenstab.Accommodation.Placements;
using Krisenstab.Contracts;
using Krisenstab.EventStore;
using Krisenstab.EventStore.Sqlite;
using Microsoft.Data.Sqlite;
using static Krisenstab.Accommodation.Tests.Domain.Spec;

namespace Krisenstab.Accommodation.Tests.Domain;

/// <summary>The module's real states survive a snapshot: a cold start from one equals the full fold.</summary>
public sealed class SnapshotTests : IAsyncLifetime
{
    private static readonly EventMetadata Metadata = new() { OccurredAt = Now, ActorId = "tester" };
    private static readonly AggregateStoreOptions SnapshotEveryTwo = new() { CachedStreams = 0, SnapshotEvery = 2 };
    private static readonly AggregateStoreOptions FoldEverything = new() { CachedStreams = 0, SnapshotEvery = 0 };

    private readonly string _directory = Directory.CreateTempSubdirectory("krisenstab-snapshots-").FullName;
    private SqliteEventStore _store = null!;

    public Task InitializeAsync()
    {
        _store = new SqliteEventStore(Path.Combine(_directory, "accommodation.db"));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public Task A_facility_loaded_cold_from_its_snapshot_equals_the_full_fold() =>
        ColdStartEqualsFullFoldAsync(
            options => new AggregateStore<Facility>(_store, new EventSerializer(EventTypeMap.Public), FacilityRuns.Category, Facility.None, (f, e) => f.Apply(e), _store, options),
            FacilityId, Registered(20), Placed("H-1", 3), Placed("H-2", 4), Placed("H-3", 2));

    [Fact]
    public Task A_household_residence_loaded_cold_from_its_snapshot_equals_the_full_fold() =>
        ColdStartEqualsFullFoldAsync(
            options => new AggregateStore<HouseholdResidence>(
                _store, new EventSerializer(HouseholdResidence.PrivateEvents), HouseholdResidence.Category, HouseholdResidence.None, (r, e) => r.Apply(e), _store, options),
            FacilityId, new HouseholdPlacedIn("H-1", FacilityId), new HouseholdLeftFacility("H-1", FacilityId), new HouseholdPlacedIn("H-1", OtherFacilityId));

    private async Task ColdStartEqualsFullFoldAsync<TState>(Func<AggregateStoreOptions, AggregateStore<TState>> aggregates, Guid id, params object[] events)
    {
        var writer = aggregates(SnapshotEveryTwo);
        var stream = writer.StreamOf(id);
        await writer.AppendAsync(stream, ExpectedVersion.NoStream, events[..^1], Metadata);
        await writer.LoadAsync(stream);
        await writer.AppendAsync(stream, ExpectedVersion.Any, events[^1..], Metadata);

        var snapshot = await _store.LoadSnapshotAsync(stream);
        var cold = await aggregates(SnapshotEveryTwo).LoadAsync(stream);
        var full = await aggregates(FoldEverything).LoadAsync(stream);

        Assert.Equal(events.Length - 2, snapshot?.Version);
        Assert.Equal(full.Version, cold.Version);
        Assert.Equal(JsonSerializer.Serialize(full.State, ContractJson.Options), JsonSerializer.Serialize(cold.State, ContractJson.Options));
    }
}

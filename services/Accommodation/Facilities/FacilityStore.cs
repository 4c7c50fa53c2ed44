using Krisenstab.Contracts;
using Krisenstab.EventStore;
using Microsoft.Extensions.DependencyInjection;

namespace Krisenstab.Accommodation.Facilities;

/// <summary>A facility's stream: one stream per facility, so its invariant is guarded by that stream's version.</summary>
public sealed class FacilityStore([FromKeyedServices(AccommodationModule.StoreName)] IEventStore store, EventSerializer serializer)
{
    public const string Category = "facility";

    public static StreamName StreamOf(Guid facilityId) => StreamName.For(Category, facilityId);

    /// <summary>The facility (<see cref="Facility.None"/> if never registered), its stream version (-1 if none) and the ids of its events.</summary>
    public async Task<LoadedFacility> LoadAsync(Guid facilityId, CancellationToken cancellationToken)
    {
        var recorded = await store.ReadStreamAsync(StreamOf(facilityId), 0, cancellationToken);
        var state = Facility.None;
        foreach (var e in recorded)
        {
            if (serializer.TryDeserialize(e, out var @event))
            {
                state = state.Apply(@event!);
            }
        }
        return new LoadedFacility(state, recorded.Count == 0 ? -1 : recorded[^1].StreamVersion, recorded.Select(e => e.EventId).ToHashSet());
    }

    /// <summary>Appends under optimistic concurrency; throws <see cref="WrongExpectedVersionException"/> if someone wrote first.</summary>
    public Task<AppendResult> AppendAsync(
        Guid facilityId, long loadedVersion, IReadOnlyList<object> events, IReadOnlyList<Guid>? eventIds, EventMetadata metadata, CancellationToken cancellationToken)
    {
        var data = events.Select((e, i) => serializer.Serialize(e, metadata, eventIds?[i])).ToList();
        return store.AppendAsync(StreamOf(facilityId), ExpectedVersion.After(loadedVersion), data, cancellationToken);
    }
}

/// <summary>A facility as loaded: its state, the version to expect when appending, and which events it holds.</summary>
public sealed record LoadedFacility(Facility State, long Version, IReadOnlySet<Guid> EventIds);

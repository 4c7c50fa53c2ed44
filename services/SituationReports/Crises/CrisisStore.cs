using Krisenstab.Contracts;
using Krisenstab.EventStore;
using Microsoft.Extensions.DependencyInjection;

namespace Krisenstab.SituationReports.Crises;

/// <summary>Loads a crisis from its stream and appends what a decision produced, under optimistic concurrency.</summary>
public sealed class CrisisStore([FromKeyedServices(SituationReportsModule.StoreName)] IEventStore store, EventSerializer serializer)
{
    public const string Category = "crisis";

    public static StreamName StreamOf(Guid crisisId) => StreamName.For(Category, crisisId);

    /// <summary>The crisis (null if never opened) and the version of its stream (-1 if none).</summary>
    public Task<(Crisis? State, long Version)> LoadAsync(Guid crisisId, CancellationToken cancellationToken) =>
        store.LoadAsync(StreamOf(crisisId), (Crisis?)null, Crisis.Apply, serializer, cancellationToken);

    /// <summary>Appends the events; throws <see cref="WrongExpectedVersionException"/> if someone wrote first.</summary>
    public async Task<long> AppendAsync(Guid crisisId, ExpectedVersion expected, IReadOnlyList<object> events, EventMetadata metadata, CancellationToken cancellationToken)
    {
        var appended = await store.AppendEventsAsync(StreamOf(crisisId), expected, events, metadata, serializer, cancellationToken)
            ?? throw new ArgumentException("A decision that was accepted has at least one event.", nameof(events));
        return appended.NextExpectedVersion;
    }
}

using Krisenstab.Contracts;
using Krisenstab.EventStore;

namespace Krisenstab.ServiceDefaults.Commands;

/// <summary>An aggregate of any kind as the <see cref="JointCommandRunner"/> handles it.</summary>
internal interface IAggregatePart
{
    StreamName Stream { get; }

    IEventStore EventStore { get; }

    /// <summary>Reads the stream into the cache (outside the command's turn, so the turn itself need not read).</summary>
    Task<LoadedAggregate<object>> LoadAsync(CancellationToken cancellationToken);

    /// <summary>The state to decide on: including an append of this process still being committed; the cached one when trusted.</summary>
    Task<LoadedAggregate<object>> LoadForDecisionAsync(bool trustCache, CancellationToken cancellationToken);

    StreamAppend? ToAppend(ExpectedVersion expected, Guid? afterEventId, IReadOnlyList<object> events, EventMetadata metadata, IReadOnlyList<Guid>? eventIds);

    object Apply(object state, object @event);

    /// <summary>Notes the state a queued append will leave; the returned action settles it (committed or not).</summary>
    Action<bool> Expect(object after, long version, Guid lastEventId);
}

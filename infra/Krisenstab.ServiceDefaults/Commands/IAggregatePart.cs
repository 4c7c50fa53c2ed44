using Krisenstab.Contracts;
using Krisenstab.EventStore;

namespace Krisenstab.ServiceDefaults.Commands;

/// <summary>An aggregate of any kind as the <see cref="JointCommandRunner"/> handles it.</summary>
internal interface IAggregatePart
{
    StreamName Stream { get; }

    IEventStore EventStore { get; }

    Task<LoadedAggregate<object>> LoadAsync(CancellationToken cancellationToken);

    StreamAppend? ToAppend(ExpectedVersion expected, IReadOnlyList<object> events, EventMetadata metadata, IReadOnlyList<Guid>? eventIds);

    object Apply(object state, object @event);
}

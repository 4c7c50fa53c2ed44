using Krisenstab.EventStore;

namespace Krisenstab.EventStore.Tests.Conformance;

/// <summary>One test's own database; <see cref="Open"/> gives another store instance on it (like another process or a restart).</summary>
public interface ITestDatabase : IAsyncDisposable
{
    TestStore Open();
}

/// <summary>A store seen through all the interfaces one database serves.</summary>
public sealed record TestStore(IEventStore Events, ICheckpointStore Checkpoints, IInbox Inbox, IAsyncDisposable Lifetime);

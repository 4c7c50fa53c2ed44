using Krisenstab.Contracts;
using Krisenstab.EventStore;
using Krisenstab.ServiceDefaults.Commands;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Krisenstab.ServiceDefaults.Tests.Support;

/// <summary>
/// The command machinery over a real store of the test's own: counters (<c>test-counter</c>), pools
/// (<c>test-pool</c>) and members (<c>test-member</c>), all <see cref="Counter"/>s in one store.
/// </summary>
public sealed class CommandHarness : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 3, 1, 8, 0, 0, TimeSpan.Zero);

    private readonly TestEventStore _store;

    private CommandHarness(TestEventStore store) => _store = store;

    public FakeTimeProvider Time { get; } = new(Start);

    public EventSerializer Serializer { get; } = new(Counter.Events);

    public IEventStore Store => _store.Store;

    public static EventMetadata Metadata => new() { OccurredAt = DateTimeOffset.MinValue, ActorId = "tester" };

    public static async Task<CommandHarness> CreateAsync(Engine engine = Engine.Sqlite) => new(await TestEventStore.CreateAsync(engine));

    public AggregateStore<Counter> Counters(IEventStore? store = null) => Aggregates("test-counter", store);

    public AggregateStore<Counter> Pools(IEventStore? store = null) => Aggregates("test-pool", store);

    public AggregateStore<Counter> Members(IEventStore? store = null) => Aggregates("test-member", store);

    /// <summary>
    /// A runner of its own, as in a process of its own: its own <see cref="CommandGates"/>. Commands wait up to 30 s for
    /// their turn, so a slow shared machine never turns a test that is not about backpressure into 503s.
    /// </summary>
    public JointCommandRunner Joint(int maxAttempts = 25) =>
        Joint(new CommandRunnerOptions { MaxAttempts = maxAttempts, QueueTimeout = TimeSpan.FromSeconds(30) });

    public JointCommandRunner Joint(CommandRunnerOptions options) => Joint(options, new CommandGates(Options.Create(options)));

    public JointCommandRunner Joint(CommandRunnerOptions options, CommandGates gates) => new(Time, Options.Create(options), gates);

    public CommandRunner<Counter> Runner(AggregateStore<Counter>? counters = null, int maxAttempts = 25) =>
        new(counters ?? Counters(), Joint(maxAttempts));

    /// <summary>The store with another writer incrementing <paramref name="stream"/> right after each of its first reads.</summary>
    public InterferingEventStore InterferingOn(StreamName stream, int times) =>
        new(Store, stream, times, () => Serializer.Serialize(new Incremented(1), Metadata with { OccurredAt = Start, ActorId = "other" }));

    public Task<IReadOnlyList<RecordedEvent>> ReadAsync(StreamName stream) => Store.ReadStreamAsync(stream);

    public ValueTask DisposeAsync() => _store.DisposeAsync();

    private AggregateStore<Counter> Aggregates(string category, IEventStore? store) =>
        new(store ?? Store, Serializer, category, Counter.Initial, Counter.Apply);
}

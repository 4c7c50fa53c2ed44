using Krisenstab.EventStore;
using Krisenstab.ServiceDefaults.Commands;
using Krisenstab.ServiceDefaults.Domain;
using Krisenstab.ServiceDefaults.Tests.Support;
using Krisenstab.Testing;

namespace Krisenstab.ServiceDefaults.Tests;

/// <summary>Commands on a stream take turns within a process: no deadlock, no re-decision, bounded waiting.</summary>
public sealed class CommandGateTests
{
    private static readonly TimeSpan DeadlockGuard = TimeSpan.FromMinutes(2);

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task Joint_and_single_commands_crossing_on_the_same_streams_never_deadlock_and_are_each_decided_once(Engine engine)
    {
        await using var harness = await CommandHarness.CreateAsync(engine);
        var joint = harness.Joint(maxAttempts: 1);
        var counters = harness.Counters();
        var single = new CommandRunner<Counter>(counters, joint);
        var (a, b) = (counters.At(Guid.NewGuid()), counters.At(Guid.NewGuid()));
        var decisions = 0;
        JointDecision Both(Counter x, Counter y, DateTimeOffset now)
        {
            Interlocked.Increment(ref decisions);
            return JointDecision.Accept([new Incremented(1)], [new Incremented(1)]);
        }
        Decision One(Counter state, DateTimeOffset now)
        {
            Interlocked.Increment(ref decisions);
            return Decision.Accept(new Incremented(1));
        }

        var commands = Enumerable.Range(0, 15).SelectMany(_ => new Func<Task<bool>>[]
        {
            async () => (await joint.RunAsync(a, b, Both, CommandHarness.Metadata, default)).Succeeded,
            async () => (await joint.RunAsync(b, a, Both, CommandHarness.Metadata, default)).Succeeded,
            async () => (await single.RunAsync(a.Stream, One, CommandHarness.Metadata, default)).Succeeded,
            async () => (await single.RunAsync(b.Stream, One, CommandHarness.Metadata, default)).Succeeded,
        });
        var succeeded = await Task.WhenAll(commands.Select(command => Task.Run(command))).WaitAsync(DeadlockGuard);

        // maxAttempts 1: a single conflict inside this process would have refused a command as concurrent-change.
        Assert.All(succeeded, Assert.True);
        Assert.Equal(60, decisions);
        Assert.Equal((45, 45), ((await counters.LoadAsync(a.Stream)).State.Count, (await counters.LoadAsync(b.Stream)).State.Count));
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task A_command_that_cannot_start_in_time_is_overloaded_and_stores_nothing(Engine engine)
    {
        await using var harness = await CommandHarness.CreateAsync(engine);
        var (runner, gates, stream) = Gated(harness, new CommandRunnerOptions { QueueTimeout = TimeSpan.FromMilliseconds(100) });
        var decided = false;

        CommandsOverloadedException overloaded;
        await using (await gates.EnterAsync([stream], default))
        {
            overloaded = await Assert.ThrowsAsync<CommandsOverloadedException>(() => runner.RunAsync(
                stream, (s, _) => { decided = true; return Counter.Increment(s, 1, 10); }, CommandHarness.Metadata, default));
        }
        var afterwards = await runner.RunAsync(stream, (s, _) => Counter.Increment(s, 1, 10), CommandHarness.Metadata, default);

        Assert.False(decided);
        Assert.Contains(stream.Value, overloaded.Message, StringComparison.Ordinal);
        Assert.Equal(TimeSpan.FromMilliseconds(100), overloaded.RetryAfter);
        Assert.Equal((true, 0L), (afterwards.Succeeded, afterwards.Version));
        Assert.Single(await harness.ReadAsync(stream));
        Assert.Equal(0, gates.UsersOf(stream));
    }

    [Fact]
    public async Task Beyond_MaxQueued_waiting_commands_the_next_is_overloaded_at_once()
    {
        var options = new CommandRunnerOptions { QueueTimeout = TimeSpan.FromMinutes(1), MaxQueued = 2 };
        var gates = new CommandGates(Microsoft.Extensions.Options.Options.Create(options));
        var stream = StreamName.For("test-counter", Guid.NewGuid());

        var holder = await gates.EnterAsync([stream], default);
        var waiting = new[] { gates.EnterAsync([stream], default), gates.EnterAsync([stream], default) };
        await Assert.ThrowsAsync<CommandsOverloadedException>(() => gates.EnterAsync([stream], default));
        var usersWhileFull = gates.UsersOf(stream);
        await holder.DisposeAsync();
        foreach (var next in waiting)
        {
            await (await next).DisposeAsync();
        }

        Assert.Equal(3, usersWhileFull);
        Assert.Equal(0, gates.UsersOf(stream));
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task A_command_cancelled_while_it_waits_stores_nothing_and_leaves_its_place(Engine engine)
    {
        await using var harness = await CommandHarness.CreateAsync(engine);
        var (runner, gates, stream) = Gated(harness, new CommandRunnerOptions { QueueTimeout = TimeSpan.FromMinutes(1) });
        using var clientGone = new CancellationTokenSource();

        var holder = await gates.EnterAsync([stream], default);
        var waiting = runner.RunAsync(stream, (s, _) => Counter.Increment(s, 1, 10), CommandHarness.Metadata, clientGone.Token);
        await Eventually.TrueAsync(() => gates.UsersOf(stream) == 2, "the command to wait for the stream");
        await clientGone.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        var usersAfterCancel = gates.UsersOf(stream);
        await holder.DisposeAsync();

        Assert.Equal(1, usersAfterCancel);
        Assert.Equal(0, gates.UsersOf(stream));
        Assert.Empty(await harness.ReadAsync(stream));
    }

    [Fact]
    public async Task A_decision_that_throws_or_refuses_gives_its_streams_back()
    {
        await using var harness = await CommandHarness.CreateAsync();
        var (runner, gates, stream) = Gated(harness, new CommandRunnerOptions());

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            runner.RunAsync(stream, (_, _) => throw new InvalidOperationException("bug"), CommandHarness.Metadata, default));
        var refused = await runner.RunAsync(stream, (s, _) => Counter.Increment(s, 0, 10), CommandHarness.Metadata, default);

        Assert.Equal("invalid-by", refused.Error?.Code);
        Assert.Equal(0, gates.UsersOf(stream));
    }

    /// <summary>A runner whose gates the test can hold, and a fresh stream.</summary>
    private static (CommandRunner<Counter> Runner, CommandGates Gates, StreamName Stream) Gated(CommandHarness harness, CommandRunnerOptions options)
    {
        var gates = new CommandGates(Microsoft.Extensions.Options.Options.Create(options));
        var runner = new CommandRunner<Counter>(harness.Counters(), harness.Joint(options, gates));
        return (runner, gates, runner.Store.StreamOf(Guid.NewGuid()));
    }
}

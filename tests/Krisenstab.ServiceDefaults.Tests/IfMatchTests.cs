using Krisenstab.EventStore;
using Krisenstab.ServiceDefaults.Commands;
using Krisenstab.ServiceDefaults.Domain;
using Krisenstab.ServiceDefaults.Tests.Support;

namespace Krisenstab.ServiceDefaults.Tests;

/// <summary>The version the caller saw (HTTP If-Match): appended under it, never re-decided, a mismatch is 412.</summary>
public sealed class IfMatchTests : IAsyncLifetime
{
    private CommandHarness _harness = null!;

    public async Task InitializeAsync() => _harness = await CommandHarness.CreateAsync();

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task The_version_the_caller_saw_appends()
    {
        var runner = _harness.Runner();
        var stream = runner.Store.StreamOf(Guid.NewGuid());
        await IncrementAsync(stream, 2);

        var result = await runner.RunAsync(
            stream, (s, _) => Counter.Increment(s, 1, 10), CommandHarness.Metadata, default, expected: ExpectedVersion.Exactly(1));

        Assert.True(result.Succeeded);
        Assert.Equal(2, result.Version);
        Assert.Equal(3, (await _harness.ReadAsync(stream)).Count);
    }

    [Fact]
    public async Task A_stale_version_is_PreconditionFailed_stores_nothing_and_is_not_decided()
    {
        var runner = _harness.Runner();
        var stream = runner.Store.StreamOf(Guid.NewGuid());
        await IncrementAsync(stream, 2);
        var decisions = 0;

        var result = await runner.RunAsync(
            stream, (s, _) => { decisions++; return Counter.Increment(s, 1, 10); }, CommandHarness.Metadata, default,
            expected: ExpectedVersion.Exactly(0));

        Assert.Equal(DomainErrorKind.PreconditionFailed, result.Error?.Kind);
        Assert.Equal("concurrent-change", result.Error!.Code);
        Assert.Equal(0, decisions);
        Assert.Equal(new Counter(2), result.State);
        Assert.Equal(1, result.Version);
        Assert.Equal(2, (await _harness.ReadAsync(stream)).Count);
    }

    [Fact]
    public async Task A_stale_version_is_PreconditionFailed_even_when_the_decision_changes_nothing()
    {
        var runner = _harness.Runner();
        var stream = runner.Store.StreamOf(Guid.NewGuid());
        await IncrementAsync(stream, 2);

        var result = await runner.RunAsync(
            stream, (_, _) => Decision.Nothing, CommandHarness.Metadata, default, expected: ExpectedVersion.Exactly(0));

        Assert.Equal(DomainErrorKind.PreconditionFailed, result.Error?.Kind);
        Assert.Equal(1, result.Version);
    }

    [Fact]
    public async Task A_stale_version_is_PreconditionFailed_rather_than_a_refusal_on_a_state_the_caller_never_saw()
    {
        var runner = _harness.Runner();
        var stream = runner.Store.StreamOf(Guid.NewGuid());
        await IncrementAsync(stream, 2);
        var decisions = 0;

        var result = await runner.RunAsync(
            stream, (s, _) => { decisions++; return Counter.Increment(s, 9, 10); }, CommandHarness.Metadata, default,
            expected: ExpectedVersion.Exactly(0));

        Assert.Equal(DomainErrorKind.PreconditionFailed, result.Error?.Kind);
        Assert.Equal(0, decisions);
        Assert.Equal(2, (await _harness.ReadAsync(stream)).Count);
    }

    [Fact]
    public async Task An_idempotent_retry_whose_first_attempt_moved_the_version_answers_done_not_PreconditionFailed()
    {
        var runner = _harness.Runner();
        var id = Guid.NewGuid();
        var stream = runner.Store.StreamOf(id);
        await IncrementAsync(stream, 1);
        var (key, _) = IdempotencyKey.From("key-1", id, "increment", new { by = 1 });

        var first = await runner.RunAsync(
            stream, (s, _) => Counter.Increment(s, 1, 10), CommandHarness.Metadata, default, key, ExpectedVersion.Exactly(0));
        var retry = await runner.RunAsync(
            stream, (s, _) => Counter.Increment(s, 1, 10), CommandHarness.Metadata, default, key, ExpectedVersion.Exactly(0));

        Assert.True(first.Succeeded);
        Assert.True(retry.Succeeded);
        Assert.Equal(2, (await _harness.ReadAsync(stream)).Count);
    }

    [Fact]
    public async Task Expecting_no_stream_when_it_exists_is_PreconditionFailed()
    {
        var runner = _harness.Runner();
        var stream = runner.Store.StreamOf(Guid.NewGuid());
        await IncrementAsync(stream, 1);

        var result = await runner.RunAsync(
            stream, (s, _) => Counter.Increment(s, 1, 10), CommandHarness.Metadata, default, expected: ExpectedVersion.NoStream);

        Assert.Equal(DomainErrorKind.PreconditionFailed, result.Error?.Kind);
        Assert.Single(await _harness.ReadAsync(stream));
    }

    [Fact]
    public async Task A_writer_between_load_and_append_is_PreconditionFailed_even_when_the_caller_saw_the_loaded_version()
    {
        var stream = _harness.Counters().StreamOf(Guid.NewGuid());
        var runner = _harness.Runner(_harness.Counters(_harness.InterferingOn(stream, times: 1)));

        var result = await runner.RunAsync(
            stream, (s, _) => Counter.Increment(s, 1, 10), CommandHarness.Metadata, default, expected: ExpectedVersion.NoStream);

        Assert.Equal(DomainErrorKind.PreconditionFailed, result.Error?.Kind);
        Assert.Equal(["other"], (await _harness.ReadAsync(stream)).Select(e => e.Metadata.ActorId));
    }

    private async Task IncrementAsync(StreamName stream, int times)
    {
        for (var i = 0; i < times; i++)
        {
            Assert.True((await _harness.Runner().RunAsync(stream, (s, _) => Counter.Increment(s, 1, 10), CommandHarness.Metadata, default)).Succeeded);
        }
    }
}

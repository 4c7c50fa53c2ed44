using Krisenstab.EventStore;
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
    public async Task A_stale_version_is_PreconditionFailed_stores_nothing_and_is_not_decided_again()
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
        Assert.Equal(1, decisions);
        Assert.Equal(new Counter(2), result.State);
        Assert.Equal(1, result.Version);
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

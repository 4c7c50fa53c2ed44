using Krisenstab.EventStore;
using Krisenstab.ServiceDefaults.Commands;
using Krisenstab.ServiceDefaults.Domain;
using Krisenstab.ServiceDefaults.Tests.Support;

namespace Krisenstab.ServiceDefaults.Tests;

/// <summary>The client's Idempotency-Key: a retry changes nothing, the key reused for another request is 422.</summary>
public sealed class IdempotencyTests
{
    private sealed record IncrementRequest(int By);

    private static IdempotencyKey KeyFor(Guid scope, string value, IncrementRequest request)
    {
        var (key, error) = IdempotencyKey.From(value, scope, "increment", request);
        Assert.Null(error);
        return key!;
    }

    private static Task<CommandResult<Counter>> IncrementAsync(CommandRunner<Counter> runner, StreamName stream, Guid scope, string key, int by) =>
        runner.RunAsync(
            stream, (s, _) => Counter.Increment(s, by, 100), CommandHarness.Metadata, default, KeyFor(scope, key, new IncrementRequest(by)));

    [Fact]
    public async Task The_same_key_and_request_twice_appends_once_and_answers_both_as_done()
    {
        await using var harness = await CommandHarness.CreateAsync();
        var runner = harness.Runner();
        var id = Guid.NewGuid();
        var stream = runner.Store.StreamOf(id);

        var first = await IncrementAsync(runner, stream, id, "key-1", 3);
        var retry = await IncrementAsync(runner, stream, id, "key-1", 3);

        Assert.True(first.Succeeded);
        Assert.True(retry.Succeeded);
        Assert.Empty(retry.Events);
        Assert.Equal(new Counter(3), retry.State);
        Assert.Equal(first.Version, retry.Version);
        Assert.Single(await harness.ReadAsync(stream));
    }

    [Fact]
    public async Task A_retry_after_others_wrote_still_appends_nothing()
    {
        await using var harness = await CommandHarness.CreateAsync();
        var runner = harness.Runner();
        var id = Guid.NewGuid();
        var stream = runner.Store.StreamOf(id);
        await IncrementAsync(runner, stream, id, "key-1", 3);
        await IncrementAsync(runner, stream, id, "key-2", 4);

        var retry = await IncrementAsync(runner, stream, id, "key-1", 3);

        Assert.True(retry.Succeeded);
        Assert.Equal(new Counter(7), retry.State);
        Assert.Equal(2, (await harness.ReadAsync(stream)).Count);
    }

    [Fact]
    public async Task The_same_key_with_another_request_is_Unprocessable_naming_the_header_and_stores_nothing()
    {
        await using var harness = await CommandHarness.CreateAsync();
        var runner = harness.Runner();
        var id = Guid.NewGuid();
        var stream = runner.Store.StreamOf(id);
        await IncrementAsync(runner, stream, id, "key-1", 3);

        var reused = await IncrementAsync(runner, stream, id, "key-1", 5);

        Assert.Equal(DomainErrorKind.Unprocessable, reused.Error?.Kind);
        Assert.Equal("idempotency-key-reused", reused.Error!.Code);
        Assert.Equal(IdempotencyKey.Header, reused.Error.Field);
        Assert.Equal(new Counter(3), reused.State);
        Assert.Single(await harness.ReadAsync(stream));
    }

    [Fact]
    public async Task Different_keys_append_each()
    {
        await using var harness = await CommandHarness.CreateAsync();
        var runner = harness.Runner();
        var id = Guid.NewGuid();
        var stream = runner.Store.StreamOf(id);

        await IncrementAsync(runner, stream, id, "key-1", 3);
        var second = await IncrementAsync(runner, stream, id, "key-2", 3);

        Assert.True(second.Succeeded);
        Assert.Equal(new Counter(6), second.State);
        Assert.Equal(2, (await harness.ReadAsync(stream)).Count);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task Concurrent_retries_with_one_key_append_once_and_all_answer_done(Engine engine)
    {
        await using var harness = await CommandHarness.CreateAsync(engine);
        var runner = harness.Runner();
        var id = Guid.NewGuid();
        var stream = runner.Store.StreamOf(id);

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => IncrementAsync(runner, stream, id, "key-1", 2))));

        Assert.All(results, r => Assert.Null(r.Error));
        Assert.Single(await harness.ReadAsync(stream));
        Assert.Equal(new Counter(2), (await runner.Store.LoadAsync(stream)).State);
    }

    [Fact]
    public void No_header_is_no_key()
    {
        var (key, error) = IdempotencyKey.From(null, Guid.NewGuid(), "increment", new IncrementRequest(1));

        Assert.Null(key);
        Assert.Null(error);
    }

    [Theory]
    [InlineData("bad\nkey")]
    [InlineData("k")]
    public void An_unusable_header_is_Invalid_naming_the_header(string header)
    {
        var value = header == "k" ? new string('k', IdempotencyKey.MaxLength + 1) : header;

        var (key, error) = IdempotencyKey.From(value, Guid.NewGuid(), "increment", new IncrementRequest(1));

        Assert.Null(key);
        Assert.Equal(DomainErrorKind.Invalid, error?.Kind);
        Assert.Equal(IdempotencyKey.Header, error!.Field);
    }
}

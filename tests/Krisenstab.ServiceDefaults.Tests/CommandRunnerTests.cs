using Krisenstab.ServiceDefaults.Commands;
using Krisenstab.ServiceDefaults.Domain;
using Krisenstab.ServiceDefaults.Tests.Support;

namespace Krisenstab.ServiceDefaults.Tests;

/// <summary>Load, decide, append for one aggregate, over a real SQLite store.</summary>
public sealed class CommandRunnerTests : IAsyncLifetime
{
    private CommandHarness _harness = null!;

    public async Task InitializeAsync() => _harness = await CommandHarness.CreateAsync();

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task An_accepted_decision_appends_its_events_and_answers_the_state_after()
    {
        var runner = _harness.Runner();
        var stream = runner.Store.StreamOf(Guid.NewGuid());
        await runner.RunAsync(stream, (s, _) => Counter.Increment(s, 2, 10), CommandHarness.Metadata, default);

        var result = await runner.RunAsync(stream, (s, _) => Counter.Increment(s, 3, 10), CommandHarness.Metadata, default);

        Assert.True(result.Succeeded);
        Assert.Equal(new Counter(5), result.State);
        Assert.Equal(1, result.Version);
        Assert.Equal([new Incremented(3)], result.Events);
        var stored = await _harness.ReadAsync(stream);
        Assert.Equal([0L, 1L], stored.Select(e => e.StreamVersion));
        Assert.Equal(new Incremented(3), _harness.Serializer.Deserialize(stored[1]));
        Assert.Equal(new Counter(5), (await runner.Store.LoadAsync(stream)).State);
    }

    [Fact]
    public async Task Appended_events_carry_the_callers_metadata_and_the_runners_time()
    {
        _harness.Time.Advance(TimeSpan.FromMinutes(7));
        var runner = _harness.Runner();
        var stream = runner.Store.StreamOf(Guid.NewGuid());

        await runner.RunAsync(stream, (s, _) => Counter.Increment(s, 1, 10), CommandHarness.Metadata, default);

        var stored = Assert.Single(await _harness.ReadAsync(stream));
        Assert.Equal(CommandHarness.Start.AddMinutes(7), stored.Metadata.OccurredAt);
        Assert.Equal("tester", stored.Metadata.ActorId);
    }

    [Fact]
    public async Task The_decision_is_given_the_runners_time()
    {
        _harness.Time.Advance(TimeSpan.FromHours(3));
        var runner = _harness.Runner();
        DateTimeOffset? seen = null;

        await runner.RunAsync(runner.Store.StreamOf(Guid.NewGuid()), (_, now) => { seen = now; return Decision.Nothing; }, CommandHarness.Metadata, default);

        Assert.Equal(CommandHarness.Start.AddHours(3), seen);
    }

    [Fact]
    public async Task A_refusal_stores_nothing_and_answers_the_domain_error_with_the_state_as_it_is()
    {
        var runner = _harness.Runner();
        var stream = runner.Store.StreamOf(Guid.NewGuid());
        await runner.RunAsync(stream, (s, _) => Counter.Increment(s, 9, 10), CommandHarness.Metadata, default);

        var result = await runner.RunAsync(stream, (s, _) => Counter.Increment(s, 2, 10), CommandHarness.Metadata, default);

        Assert.False(result.Succeeded);
        Assert.Equal(DomainErrorKind.Conflict, result.Error!.Kind);
        Assert.Equal("limit-reached", result.Error.Code);
        Assert.Equal(new Counter(9), result.State);
        Assert.Equal(0, result.Version);
        Assert.Empty(result.Events);
        Assert.Single(await _harness.ReadAsync(stream));
    }

    [Fact]
    public async Task Invalid_input_on_a_new_stream_stores_nothing_and_names_the_field()
    {
        var runner = _harness.Runner();
        var stream = runner.Store.StreamOf(Guid.NewGuid());

        var result = await runner.RunAsync(stream, (s, _) => Counter.Increment(s, 0, 10), CommandHarness.Metadata, default);

        Assert.Equal(DomainErrorKind.Invalid, result.Error!.Kind);
        Assert.Equal("by", result.Error.Field);
        Assert.Equal(-1, result.Version);
        Assert.Empty(await _harness.ReadAsync(stream));
    }

    [Fact]
    public async Task Decision_Nothing_succeeds_and_stores_nothing()
    {
        var runner = _harness.Runner();
        var stream = runner.Store.StreamOf(Guid.NewGuid());
        await runner.RunAsync(stream, (s, _) => Counter.Increment(s, 4, 10), CommandHarness.Metadata, default);

        var result = await runner.RunAsync(stream, (_, _) => Decision.Nothing, CommandHarness.Metadata, default);

        Assert.True(result.Succeeded);
        Assert.Empty(result.Events);
        Assert.Equal(new Counter(4), result.State);
        Assert.Equal(0, result.Version);
        Assert.Single(await _harness.ReadAsync(stream));
    }

    [Fact]
    public async Task A_writer_between_load_and_append_makes_the_command_decide_again_on_the_fresh_state()
    {
        var stream = _harness.Counters().StreamOf(Guid.NewGuid());
        var interfering = _harness.InterferingOn(stream, times: 1);
        var runner = _harness.Runner(_harness.Counters(interfering));
        var seen = new List<Counter>();

        var result = await runner.RunAsync(stream, (s, _) => { seen.Add(s); return Counter.Increment(s, 5, 10); }, CommandHarness.Metadata, default);

        Assert.True(result.Succeeded);
        Assert.Equal([new Counter(0), new Counter(1)], seen);
        Assert.Equal(new Counter(6), result.State);
        Assert.Equal(1, result.Version);
        var stored = await _harness.ReadAsync(stream);
        Assert.Equal(["other", "tester"], stored.Select(e => e.Metadata.ActorId));
    }

    [Fact]
    public async Task A_writer_that_uses_up_the_room_meanwhile_gets_the_command_refused_by_the_domain_not_by_the_conflict()
    {
        var stream = _harness.Counters().StreamOf(Guid.NewGuid());
        var runner = _harness.Runner(_harness.Counters(_harness.InterferingOn(stream, times: 1)));

        var result = await runner.RunAsync(stream, (s, _) => Counter.Increment(s, 1, 1), CommandHarness.Metadata, default);

        Assert.Equal("limit-reached", result.Error?.Code);
        Assert.Equal(new Counter(1), result.State);
        Assert.Equal(["other"], (await _harness.ReadAsync(stream)).Select(e => e.Metadata.ActorId));
    }

    [Fact]
    public async Task A_stream_changed_by_others_on_every_attempt_ends_in_the_concurrent_change_conflict_after_MaxAttempts()
    {
        var stream = _harness.Counters().StreamOf(Guid.NewGuid());
        var interfering = _harness.InterferingOn(stream, times: 100);
        var runner = _harness.Runner(_harness.Counters(interfering), maxAttempts: 3);
        var decisions = 0;

        var result = await runner.RunAsync(stream, (s, _) => { decisions++; return Counter.Increment(s, 1, 100); }, CommandHarness.Metadata, default);

        Assert.Equal(DomainErrorKind.Conflict, result.Error?.Kind);
        Assert.Equal("concurrent-change", result.Error!.Code);
        Assert.Contains(stream.Value, result.Error.Detail, StringComparison.Ordinal);
        Assert.Equal(3, decisions);
        Assert.Equal(3, interfering.Interferences);
        Assert.All(await _harness.ReadAsync(stream), e => Assert.Equal("other", e.Metadata.ActorId));
    }

    [Fact]
    public async Task Aggregates_of_different_stores_cannot_be_decided_together()
    {
        await using var other = await CommandHarness.CreateAsync();
        var joint = _harness.Joint();

        await Assert.ThrowsAsync<ArgumentException>(() => joint.RunAsync(
            _harness.Pools().At(Guid.NewGuid()),
            other.Members().At(Guid.NewGuid()),
            (p, m, _) => Counter.Join(p, m, 10),
            CommandHarness.Metadata,
            default));
    }
}

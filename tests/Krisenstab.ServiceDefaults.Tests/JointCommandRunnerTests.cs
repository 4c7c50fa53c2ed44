using Krisenstab.ServiceDefaults.Commands;
using Krisenstab.ServiceDefaults.Domain;
using Krisenstab.ServiceDefaults.Tests.Support;

namespace Krisenstab.ServiceDefaults.Tests;

/// <summary>A decision over two aggregates (a pool and a member joining it), appended to both atomically.</summary>
public sealed class JointCommandRunnerTests
{
    private const int Limit = 10;

    private static Task<CommandResult<(Counter Pool, Counter Member)>> JoinAsync(
        CommandHarness harness, JointCommandRunner joint, Guid pool, Guid member, IdempotencyKey? key = null, int limit = Limit) =>
        joint.RunAsync(
            harness.Pools().At(pool), harness.Members().At(member), (p, m, _) => Counter.Join(p, m, limit), CommandHarness.Metadata, default, key);

    [Fact]
    public async Task An_accepted_joint_decision_appends_to_both_streams_and_answers_both_states()
    {
        await using var harness = await CommandHarness.CreateAsync();
        var (pool, member) = (Guid.NewGuid(), Guid.NewGuid());
        await JoinAsync(harness, harness.Joint(), pool, Guid.NewGuid());

        var result = await JoinAsync(harness, harness.Joint(), pool, member);

        Assert.True(result.Succeeded);
        Assert.Equal((new Counter(2), new Counter(1)), result.State);
        Assert.Equal(1, result.Version);
        Assert.Equal(2, result.Events.Count);
        Assert.Equal(2, (await harness.ReadAsync(harness.Pools().StreamOf(pool))).Count);
        var joined = Assert.Single(await harness.ReadAsync(harness.Members().StreamOf(member)));
        var poolEvent = (await harness.ReadAsync(harness.Pools().StreamOf(pool)))[1];
        Assert.Equal(poolEvent.GlobalPosition + 1, joined.GlobalPosition);
    }

    [Fact]
    public async Task A_refused_joint_decision_stores_nothing_in_either_stream()
    {
        await using var harness = await CommandHarness.CreateAsync();
        var (pool, member) = (Guid.NewGuid(), Guid.NewGuid());
        await JoinAsync(harness, harness.Joint(), pool, Guid.NewGuid(), limit: 1);

        var result = await JoinAsync(harness, harness.Joint(), pool, member, limit: 1);

        Assert.Equal("pool-full", result.Error?.Code);
        Assert.Equal((new Counter(1), new Counter(0)), result.State);
        Assert.Single(await harness.ReadAsync(harness.Pools().StreamOf(pool)));
        Assert.Empty(await harness.ReadAsync(harness.Members().StreamOf(member)));
    }

    [Fact]
    public async Task A_change_to_the_second_stream_between_load_and_append_stores_nothing_of_the_first_attempt_and_decides_again()
    {
        await using var harness = await CommandHarness.CreateAsync();
        var (pool, member) = (Guid.NewGuid(), Guid.NewGuid());
        var interfering = harness.InterferingOn(harness.Members().StreamOf(member), times: 1);
        var joint = harness.Joint();
        var decisions = 0;

        var result = await joint.RunAsync(
            harness.Pools(interfering).At(pool), harness.Members(interfering).At(member),
            (p, m, _) => { decisions++; return Counter.Join(p, m, Limit); }, CommandHarness.Metadata, default);

        Assert.Equal(2, decisions);
        Assert.Equal("already-member", result.Error?.Code);
        Assert.Empty(await harness.ReadAsync(harness.Pools().StreamOf(pool)));
        Assert.Equal(["other"], (await harness.ReadAsync(harness.Members().StreamOf(member))).Select(e => e.Metadata.ActorId));
    }

    [Fact]
    public async Task A_change_to_the_first_stream_between_load_and_append_is_decided_again_on_the_fresh_state()
    {
        await using var harness = await CommandHarness.CreateAsync();
        var (pool, member) = (Guid.NewGuid(), Guid.NewGuid());
        var interfering = harness.InterferingOn(harness.Pools().StreamOf(pool), times: 1);

        var result = await harness.Joint().RunAsync(
            harness.Pools(interfering).At(pool), harness.Members(interfering).At(member),
            (p, m, _) => Counter.Join(p, m, Limit), CommandHarness.Metadata, default);

        Assert.True(result.Succeeded);
        Assert.Equal((new Counter(2), new Counter(1)), result.State);
        Assert.Equal(1, result.Version);
        Assert.Single(await harness.ReadAsync(harness.Members().StreamOf(member)));
    }

    [Fact]
    public async Task Streams_changed_by_others_on_every_attempt_end_in_the_concurrent_change_conflict_naming_the_stream()
    {
        await using var harness = await CommandHarness.CreateAsync();
        var (pool, member) = (Guid.NewGuid(), Guid.NewGuid());
        var memberStream = harness.Members().StreamOf(member);
        var interfering = harness.InterferingOn(harness.Pools().StreamOf(pool), times: 100);

        var result = await harness.Joint(maxAttempts: 4).RunAsync(
            harness.Pools(interfering).At(pool), harness.Members(interfering).At(member),
            (p, m, _) => Counter.Join(p, m, 1000), CommandHarness.Metadata, default);

        Assert.Equal(DomainErrorKind.Conflict, result.Error?.Kind);
        Assert.Equal("concurrent-change", result.Error!.Code);
        Assert.Contains(harness.Pools().StreamOf(pool).Value, result.Error.Detail, StringComparison.Ordinal);
        Assert.Equal(4, interfering.Interferences);
        Assert.Empty(await harness.ReadAsync(memberStream));
    }

    [Fact]
    public async Task An_idempotent_retry_of_a_joint_decision_appends_to_neither_stream_again()
    {
        await using var harness = await CommandHarness.CreateAsync();
        var (pool, member) = (Guid.NewGuid(), Guid.NewGuid());
        var (key, _) = IdempotencyKey.From("join-1", pool, "join", new { member });

        var first = await JoinAsync(harness, harness.Joint(), pool, member, key);
        var retry = await JoinAsync(harness, harness.Joint(), pool, member, key);

        Assert.True(first.Succeeded);
        Assert.True(retry.Succeeded);
        Assert.Empty(retry.Events);
        Assert.Single(await harness.ReadAsync(harness.Pools().StreamOf(pool)));
        Assert.Single(await harness.ReadAsync(harness.Members().StreamOf(member)));
    }

    [Fact]
    public async Task A_joint_key_reused_for_another_request_is_Unprocessable_and_stores_nothing_in_either_stream()
    {
        await using var harness = await CommandHarness.CreateAsync();
        var (pool, member, otherMember) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var (first, _) = IdempotencyKey.From("join-1", pool, "join", new { member });
        var (reused, _) = IdempotencyKey.From("join-1", pool, "join", new { member = otherMember });
        await JoinAsync(harness, harness.Joint(), pool, member, first);

        var result = await JoinAsync(harness, harness.Joint(), pool, otherMember, reused);

        Assert.Equal(DomainErrorKind.Unprocessable, result.Error?.Kind);
        Assert.Equal(IdempotencyKey.Header, result.Error!.Field);
        Assert.Single(await harness.ReadAsync(harness.Pools().StreamOf(pool)));
        Assert.Empty(await harness.ReadAsync(harness.Members().StreamOf(otherMember)));
    }

    [Fact]
    public async Task A_joint_decision_may_write_to_one_aggregate_only()
    {
        await using var harness = await CommandHarness.CreateAsync();
        var (pool, member) = (Guid.NewGuid(), Guid.NewGuid());

        var result = await harness.Joint().RunAsync(
            harness.Pools().At(pool), harness.Members().At(member),
            (_, _, _) => JointDecision.Accept([], [new Incremented(1)]), CommandHarness.Metadata, default);

        Assert.True(result.Succeeded);
        Assert.Equal(-1, result.Version);
        Assert.Equal((new Counter(0), new Counter(1)), result.State);
        Assert.Empty(await harness.ReadAsync(harness.Pools().StreamOf(pool)));
        Assert.Single(await harness.ReadAsync(harness.Members().StreamOf(member)));
    }

    [Fact]
    public async Task A_joint_decision_with_events_for_too_few_aggregates_is_a_programming_error_and_stores_nothing()
    {
        await using var harness = await CommandHarness.CreateAsync();
        var (pool, member) = (Guid.NewGuid(), Guid.NewGuid());

        await Assert.ThrowsAsync<InvalidOperationException>(() => harness.Joint().RunAsync(
            harness.Pools().At(pool), harness.Members().At(member),
            (_, _, _) => JointDecision.Accept([new Incremented(1)]), CommandHarness.Metadata, default));

        Assert.Empty(await harness.ReadAsync(harness.Pools().StreamOf(pool)));
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task Twenty_members_racing_into_a_pool_of_ten_keep_its_limit_and_every_joined_member_is_in_it(Engine engine)
    {
        await using var harness = await CommandHarness.CreateAsync(engine);
        var joint = harness.Joint(maxAttempts: 25);
        var pool = Guid.NewGuid();
        var members = Enumerable.Range(0, 20).Select(_ => Guid.NewGuid()).ToList();

        var results = await Task.WhenAll(members.Select(m => Task.Run(() => JoinAsync(harness, joint, pool, m))));

        Assert.Equal(10, results.Count(r => r.Succeeded));
        Assert.Equal(10, results.Count(r => r.Error?.Code == "pool-full"));
        Assert.Equal(10, (await harness.ReadAsync(harness.Pools().StreamOf(pool))).Count);
        for (var i = 0; i < members.Count; i++)
        {
            var stored = await harness.ReadAsync(harness.Members().StreamOf(members[i]));
            Assert.Equal(results[i].Succeeded ? 1 : 0, stored.Count);
        }
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task One_member_racing_into_two_pools_joins_exactly_one(Engine engine)
    {
        await using var harness = await CommandHarness.CreateAsync(engine);
        var joint = harness.Joint();
        var member = Guid.NewGuid();
        var pools = Enumerable.Range(0, 6).Select(_ => Guid.NewGuid()).ToList();

        var results = await Task.WhenAll(pools.Select(p => Task.Run(() => JoinAsync(harness, joint, p, member))));

        Assert.Equal(1, results.Count(r => r.Succeeded));
        Assert.Equal(5, results.Count(r => r.Error?.Code == "already-member"));
        Assert.Single(await harness.ReadAsync(harness.Members().StreamOf(member)));
        var joined = pools.Where((_, i) => results[i].Succeeded).Single();
        foreach (var pool in pools)
        {
            Assert.Equal(pool == joined ? 1 : 0, (await harness.ReadAsync(harness.Pools().StreamOf(pool))).Count);
        }
    }
}

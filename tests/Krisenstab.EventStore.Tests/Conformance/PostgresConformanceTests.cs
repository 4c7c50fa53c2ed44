using Krisenstab.EventStore.Postgres;
using Krisenstab.Testing;
using Npgsql;

namespace Krisenstab.EventStore.Tests.Conformance;

public sealed class PostgresConformanceTests : EventStoreConformanceTests
{
    protected override async Task<ITestDatabase> CreateDatabaseAsync() => await PostgresTestDatabase.CreateAsync();

    private PostgresTestDatabase Postgres => (PostgresTestDatabase)Database;

    [Fact]
    public async Task Sessions_commit_synchronously()
    {
        await using var connection = await ((PostgresEventStore)Events).OpenAsync(CancellationToken.None);
        await using var command = new NpgsqlCommand("SHOW synchronous_commit", connection);

        Assert.Equal("on", await command.ExecuteScalarAsync());
    }

    /// <summary>
    /// Forces the interleaving that loses events in naive stores: append A has drawn its position and not committed;
    /// append B (another instance, as another replica would) starts. B must not become visible before A, and once
    /// both commit a reader gets A then B, skipping nothing.
    /// </summary>
    [Fact]
    public async Task An_append_that_commits_late_is_never_overtaken_by_a_later_one()
    {
        await Events.ReadAllAsync(0, 1);
        var slow = Postgres.OpenPostgres();
        var fast = Postgres.OpenPostgres();
        Track(PostgresTestDatabase.From(slow));
        Track(PostgresTestDatabase.From(fast));
        var inTransaction = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        slow.BeforeCommit = async _ =>
        {
            inTransaction.TrySetResult();
            await release.Task;
        };
        await using var subscription = new RunningSubscription(Store, "ordered", new EventSubscriptionOptions { PollInterval = TimeSpan.FromMilliseconds(20) });
        var a = TestEvents.New(1);
        var b = TestEvents.New(2);

        var slowAppend = slow.AppendAsync(TestEvents.NewStream(), ExpectedVersion.NoStream, [a]);
        IReadOnlyList<RecordedEvent> visibleWhileHeld;
        int handledWhileHeld;
        bool fastDoneWhileHeld;
        Task<AppendResult> fastAppend;
        try
        {
            await inTransaction.Task;
            fastAppend = fast.AppendAsync(TestEvents.NewStream(), ExpectedVersion.NoStream, [b]);
            await Eventually.TrueAsync(async () => await AdvisoryLockWaitersAsync() == 1 || fastAppend.IsCompleted, "the later append to wait for the append lock");
            visibleWhileHeld = await Events.ReadAllAsync(0, 10);
            handledWhileHeld = subscription.Handled.Count;
            fastDoneWhileHeld = fastAppend.IsCompleted;
        }
        finally
        {
            release.TrySetResult();
        }
        var results = await Task.WhenAll(slowAppend, fastAppend);

        Assert.Empty(visibleWhileHeld);
        Assert.Equal(0, handledWhileHeld);
        Assert.False(fastDoneWhileHeld);
        Assert.True(results[0].LastGlobalPosition < results[1].LastGlobalPosition);
        await Eventually.TrueAsync(() => subscription.Handled.Count == 2, "the subscriber to get both");
        Assert.Equal([a.EventId, b.EventId], subscription.Handled.Select(e => e.EventId));
        Assert.Equal([a.EventId, b.EventId], (await Events.ReadAllAsync(0, 10)).Select(e => e.EventId));
    }

    private async Task<long> AdvisoryLockWaitersAsync()
    {
        await using var connection = new NpgsqlConnection(Postgres.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            SELECT count(*) FROM pg_locks
            WHERE locktype = 'advisory' AND NOT granted
              AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
            """, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}

using Krisenstab.Contracts;
using Krisenstab.Contracts.Situation;
using Krisenstab.Dashboard.Journal;
using Krisenstab.Dashboard.Tests.Support;
using Krisenstab.EventStore;

namespace Krisenstab.Dashboard.Tests.Journal;

public class ConcurrentJournalWritesTests
{
    [Theory]
    [MemberData(nameof(EngineApp.Engines), MemberType = typeof(EngineApp))]
    public async Task Concurrent_entries_of_one_journal_with_redelivered_duplicates_are_each_stored_once_in_an_unbroken_chain(string engine)
    {
        await using var engineApp = await EngineApp.StartAsync(engine);
        var app = engineApp.App;
        var journal = app.Service<DashboardJournal>();
        var stream = JournalStreams.Crisis(Guid.CreateVersion7());
        var ids = Enumerable.Range(0, 60).Select(_ => Guid.CreateVersion7()).ToList();

        // Every entry twice, all at once: as when the bus redelivers while the first delivery is still being written.
        await Task.WhenAll(ids.Concat(ids).Select((id, i) => journal.RecordAsync(stream, id, Escalation(i), Metadata(), CancellationToken.None)));

        var stored = await app.KeyedService<IEventStore>(DashboardModule.StoreName).ReadStreamAsync(stream);
        Assert.Equal(ids.Order(), stored.Select(e => e.EventId).Order());
        var verification = await app.Service<JournalVerifier>().VerifyAsync(stream, null, CancellationToken.None);
        Assert.True(verification.Intact, verification.FirstBroken?.Reason);
        Assert.Equal(60, verification.Length);
    }

    private static CrisisEscalated Escalation(int i) => new(Guid.CreateVersion7(), 1, 2, $"Grund {i}", DateTimeOffset.UtcNow);

    private static EventMetadata Metadata() => new() { OccurredAt = DateTimeOffset.UtcNow };
}

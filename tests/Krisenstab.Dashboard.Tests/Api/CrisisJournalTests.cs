using Krisenstab.Contracts;
using Krisenstab.Contracts.Situation;
using Krisenstab.Dashboard;
using Krisenstab.Dashboard.Journal;
using Krisenstab.EventStore;
using Krisenstab.Testing;
using MassTransit;

namespace Krisenstab.Dashboard.Tests.Api;

public class CrisisJournalTests
{
    private static readonly DateTimeOffset Now = new(2025, 3, 1, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task The_same_message_delivered_twice_is_one_journal_entry()
    {
        await using var app = new GatewayApp();
        _ = app.Server;
        var bus = app.Service<IBus>();
        var consumed = new ConsumedMessages<CrisisOpened>();
        using var observing = bus.ConnectConsumeMessageObserver(consumed);
        var crisisId = Guid.CreateVersion7();
        var eventId = Guid.CreateVersion7();
        var message = new CrisisOpened(crisisId, "Doppelt zugestellt", "Landkreis Nord", Now);

        await bus.PublishAsStoredAsync(message, eventId, Now, crisisId);
        await bus.PublishAsStoredAsync(message, eventId, Now, crisisId);
        await Eventually.TrueAsync(() => consumed.Count(eventId) == 2, "both deliveries consumed");

        var journal = await app.Service<DashboardJournal>().ReadAsync(JournalStreams.Crisis(crisisId), CancellationToken.None);
        var entry = Assert.Single(journal);
        Assert.Equal((eventId, (object)message, Now), (entry.EventId, entry.Event, entry.Metadata.OccurredAt));
        // Stored as a private type, so the dashboard's own store-to-bus publisher does not publish it again.
        var stored = Assert.Single(await app.KeyedService<IEventStore>(DashboardModule.StoreName).ReadStreamAsync(JournalStreams.Crisis(crisisId)));
        Assert.Equal("journal:situation.crisis-opened.v1", stored.EventType);
    }

    [Fact]
    public async Task Recording_the_same_event_twice_stores_it_once()
    {
        await using var app = new GatewayApp();
        var journal = app.Service<DashboardJournal>();
        var crisisId = Guid.CreateVersion7();
        var eventId = Guid.CreateVersion7();
        var opened = new CrisisOpened(crisisId, "Einmal", "Region", Now);
        var metadata = new EventMetadata { OccurredAt = Now, CrisisId = crisisId };

        await journal.RecordAsync(JournalStreams.Crisis(crisisId), eventId, opened, metadata, CancellationToken.None);
        await journal.RecordAsync(JournalStreams.Crisis(crisisId), eventId, opened, metadata, CancellationToken.None);

        Assert.Single(await journal.ReadAsync(JournalStreams.Crisis(crisisId), CancellationToken.None));
    }
}

using System.Globalization;
using System.Collections.Concurrent;
using Krisenstab.Contracts;
using Krisenstab.Contracts.Situation;
using Krisenstab.Dashboard;
using Krisenstab.Dashboard.Journal;
using Krisenstab.EventStore;
using Krisenstab.Messaging.Envelope;
using Krisenstab.Testing;
using MassTransit;

namespace Krisenstab.SituationReports.Tests.Api;

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

        await PublishAsStoredAsync(bus, message, eventId, crisisId);
        await PublishAsStoredAsync(bus, message, eventId, crisisId);
        await Eventually.TrueAsync(() => consumed.Count(eventId) == 2, "both deliveries consumed");

        var journal = await app.Service<CrisisJournal>().ReadAsync(crisisId, CancellationToken.None);
        var entry = Assert.Single(journal);
        Assert.Equal((eventId, (object)message, Now), (entry.EventId, entry.Event, entry.Metadata.OccurredAt));
        // Stored as a private type, so the dashboard's own store-to-bus publisher does not publish it again.
        var stored = Assert.Single(await app.KeyedService<IEventStore>(DashboardModule.StoreName).ReadAllAsync(0, 10));
        Assert.Equal("journal:situation.crisis-opened.v1", stored.EventType);
    }

    [Fact]
    public async Task Recording_the_same_event_twice_stores_it_once()
    {
        await using var app = new GatewayApp();
        var journal = app.Service<CrisisJournal>();
        var crisisId = Guid.CreateVersion7();
        var eventId = Guid.CreateVersion7();
        var opened = new CrisisOpened(crisisId, "Einmal", "Region", Now);
        var metadata = new EventMetadata { OccurredAt = Now, CrisisId = crisisId };

        await journal.RecordAsync(crisisId, eventId, opened, metadata, CancellationToken.None);
        await journal.RecordAsync(crisisId, eventId, opened, metadata, CancellationToken.None);

        Assert.Single(await journal.ReadAsync(crisisId, CancellationToken.None));
    }

    private static Task PublishAsStoredAsync(IBus bus, CrisisOpened message, Guid eventId, Guid crisisId) =>
        bus.Publish(message, context =>
        {
            context.MessageId = eventId;
            context.Headers.Set(EnvelopeHeaders.OccurredAt, Now.ToString("O", CultureInfo.InvariantCulture));
            context.Headers.Set(EnvelopeHeaders.CrisisId, crisisId.ToString());
        });

    /// <summary>Counts finished consumptions per message id, as MassTransit reports them.</summary>
    private sealed class ConsumedMessages<T> : IConsumeMessageObserver<T>
        where T : class
    {
        private readonly ConcurrentDictionary<Guid, int> _counts = new();

        public int Count(Guid messageId) => _counts.GetValueOrDefault(messageId);

        public Task PreConsume(ConsumeContext<T> context) => Task.CompletedTask;

        public Task PostConsume(ConsumeContext<T> context)
        {
            _counts.AddOrUpdate(context.MessageId!.Value, 1, (_, n) => n + 1);
            return Task.CompletedTask;
        }

        public Task ConsumeFault(ConsumeContext<T> context, Exception exception) => Task.CompletedTask;
    }
}

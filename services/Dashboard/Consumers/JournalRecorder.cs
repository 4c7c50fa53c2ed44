using Krisenstab.Dashboard.Journal;
using Krisenstab.EventStore;
using Krisenstab.Messaging;
using Krisenstab.Messaging.Envelope;
using MassTransit;

namespace Krisenstab.Dashboard.Consumers;

/// <summary>
/// How the dashboard's consumers journal a public event: unchanged, with its original metadata. Idempotent: the entry
/// in the event's main journal has the message id (the event's id in its origin store) as its id, so a redelivery is
/// recognised by the store; a copy in a second journal has an id derived from the message id.
/// </summary>
public sealed class JournalRecorder(DashboardJournal journal)
{
    private const string CrisisCopy = "crisis-journal";

    /// <summary>An event of one crisis: into <c>journal-{crisisId}</c>.</summary>
    public Task RecordCrisisEventAsync<TEvent>(ConsumeContext<TEvent> context, Guid crisisId)
        where TEvent : class
    {
        var metadata = context.GetEventMetadata();
        metadata = metadata with { CrisisId = metadata.CrisisId ?? crisisId };
        return journal.RecordAsync(JournalStreams.Crisis(crisisId), context.GetEventId(), context.Message, metadata, context.CancellationToken);
    }

    /// <summary>
    /// A district-wide event (accommodation): into its district journal, and when its metadata names a crisis (a
    /// placement or reservation made for one) a copy into that crisis's journal too, so that the crisis journal
    /// stays the complete log of the crisis. Both are written at once (they share a commit under load).
    /// </summary>
    public Task RecordDistrictEventAsync<TEvent>(ConsumeContext<TEvent> context, StreamName districtJournal)
        where TEvent : class
    {
        var metadata = context.GetEventMetadata();
        var eventId = context.GetEventId();
        var district = journal.RecordAsync(districtJournal, eventId, context.Message, metadata, context.CancellationToken);
        return metadata.CrisisId is { } crisisId
            ? Task.WhenAll(district, journal.RecordAsync(JournalStreams.Crisis(crisisId), DerivedIds.From(eventId, CrisisCopy), context.Message, metadata, context.CancellationToken))
            : district;
    }
}

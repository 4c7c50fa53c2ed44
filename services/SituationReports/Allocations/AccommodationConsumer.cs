using Krisenstab.Contracts.Accommodation;
using Krisenstab.EventStore;
using Krisenstab.Messaging;
using Krisenstab.Messaging.Envelope;
using MassTransit;

namespace Krisenstab.SituationReports.Allocations;

/// <summary>
/// Notes reservations made for an announcement and placements from reservations or for a crisis, from Accommodation's
/// public events on the bus. Idempotent: the noted event's id derives from the message id, so a redelivery is
/// recognised by the store. Either may arrive first; the count joins them whatever the order.
/// </summary>
public sealed class AccommodationConsumer(AggregateStore<PlacementLedger> ledger) : IConsumer<PlacesReserved>, IConsumer<HouseholdPlaced>
{
    private const string Purpose = "situation-noted";

    public Task Consume(ConsumeContext<PlacesReserved> context)
    {
        var reserved = context.Message;
        return reserved.AnnouncementId is { } announcementId
            ? NoteAsync(context, reserved.FacilityId, new ReservationNoted(reserved.FacilityId, reserved.ReservationId, announcementId, reserved.Places))
            : Task.CompletedTask;
    }

    public Task Consume(ConsumeContext<HouseholdPlaced> context)
    {
        var placed = context.Message;
        var crisisId = context.GetEventMetadata().CrisisId;
        return placed.TransferredFromFacilityId is null && (placed.ReservationId is not null || crisisId is not null)
            ? NoteAsync(context, placed.FacilityId, new PlacementNoted(placed.FacilityId, placed.HouseholdRef, placed.Size, placed.ReservationId, crisisId))
            : Task.CompletedTask;
    }

    private async Task NoteAsync(ConsumeContext context, Guid facilityId, object fact) =>
        await ledger.AppendAsync(
            StreamName.For(AccommodationFacts.Category, facilityId), ExpectedVersion.Any, [fact], context.GetEventMetadata(),
            [DerivedIds.From(context.GetEventId(), Purpose)], context.CancellationToken);
}

using Krisenstab.Contracts.Accommodation;
using Krisenstab.Dashboard.Journal;
using MassTransit;

namespace Krisenstab.Dashboard.Consumers;

/// <summary>Writes reservations (held, expired, cancelled) into the accommodation journal and, when made for a crisis, its journal.</summary>
public sealed class ReservationJournalConsumer(JournalRecorder recorder) :
    IConsumer<PlacesReserved>,
    IConsumer<ReservationExpired>,
    IConsumer<ReservationCancelled>
{
    public Task Consume(ConsumeContext<PlacesReserved> context) => RecordAsync(context);

    public Task Consume(ConsumeContext<ReservationExpired> context) => RecordAsync(context);

    public Task Consume(ConsumeContext<ReservationCancelled> context) => RecordAsync(context);

    private Task RecordAsync<TEvent>(ConsumeContext<TEvent> context)
        where TEvent : class, IFacilityEvent => recorder.RecordDistrictEventAsync(context, JournalStreams.Accommodation);
}

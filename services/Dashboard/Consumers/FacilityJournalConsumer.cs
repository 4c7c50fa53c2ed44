using Krisenstab.Contracts.Accommodation;
using Krisenstab.Dashboard.Journal;
using MassTransit;

namespace Krisenstab.Dashboard.Consumers;

/// <summary>Writes the facilities' own changes (register, capacity, blocks, close, reopen, confirm) into the accommodation journal.</summary>
public sealed class FacilityJournalConsumer(JournalRecorder recorder) :
    IConsumer<FacilityRegistered>,
    IConsumer<FacilityCapacityChanged>,
    IConsumer<PlacesBlocked>,
    IConsumer<PlacesUnblocked>,
    IConsumer<FacilityClosed>,
    IConsumer<FacilityReopened>,
    IConsumer<OccupancyConfirmed>
{
    public Task Consume(ConsumeContext<FacilityRegistered> context) => RecordAsync(context);

    public Task Consume(ConsumeContext<FacilityCapacityChanged> context) => RecordAsync(context);

    public Task Consume(ConsumeContext<PlacesBlocked> context) => RecordAsync(context);

    public Task Consume(ConsumeContext<PlacesUnblocked> context) => RecordAsync(context);

    public Task Consume(ConsumeContext<FacilityClosed> context) => RecordAsync(context);

    public Task Consume(ConsumeContext<FacilityReopened> context) => RecordAsync(context);

    public Task Consume(ConsumeContext<OccupancyConfirmed> context) => RecordAsync(context);

    private Task RecordAsync<TEvent>(ConsumeContext<TEvent> context)
        where TEvent : class, IFacilityEvent => recorder.RecordDistrictEventAsync(context, JournalStreams.Accommodation);
}

using Krisenstab.Contracts.Accommodation;
using Krisenstab.Dashboard.Journal;
using MassTransit;

namespace Krisenstab.Dashboard.Consumers;

/// <summary>Writes households placed, moved out and transferred out into the accommodation journal and, when placed for a crisis, its journal.</summary>
public sealed class PlacementJournalConsumer(JournalRecorder recorder) :
    IConsumer<HouseholdPlaced>,
    IConsumer<HouseholdMovedOut>,
    IConsumer<HouseholdTransferredOut>
{
    public Task Consume(ConsumeContext<HouseholdPlaced> context) => RecordAsync(context);

    public Task Consume(ConsumeContext<HouseholdMovedOut> context) => RecordAsync(context);

    public Task Consume(ConsumeContext<HouseholdTransferredOut> context) => RecordAsync(context);

    private Task RecordAsync<TEvent>(ConsumeContext<TEvent> context)
        where TEvent : class, IFacilityEvent => recorder.RecordDistrictEventAsync(context, JournalStreams.Accommodation);
}

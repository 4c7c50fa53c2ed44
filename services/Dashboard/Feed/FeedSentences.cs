using Krisenstab.Contracts.Accommodation;
using Krisenstab.Contracts.Situation;
using Krisenstab.Dashboard.Feed.Sentences;

namespace Krisenstab.Dashboard.Feed;

/// <summary>
/// The one place where events become sentences (the feed, later the staff log and exports): one builder per event
/// type. A new event type gets its builder here, or in its service's <c>Sentences/…Sentences.Of</c>; one this build does
/// not know is named by its wire name.
/// </summary>
public static class FeedSentences
{
    public static Sentence Of(object @event, string eventType) => @event switch
    {
        CrisisOpened e => CrisisSentences.Opened(e),
        CrisisEscalated e => CrisisSentences.Escalated(e),
        CrisisClosed e => CrisisSentences.Closed(e),
        FacilityRegistered e => FacilitySentences.Registered(e),
        FacilityCapacityChanged e => FacilitySentences.CapacityChanged(e),
        FacilityClosed e => FacilitySentences.Closed(e),
        FacilityReopened e => FacilitySentences.Reopened(e),
        OccupancyConfirmed e => FacilitySentences.Confirmed(e),
        PlacesBlocked e => BlockSentences.Blocked(e),
        PlacesUnblocked e => BlockSentences.Unblocked(e),
        PlacesReserved e => ReservationSentences.Reserved(e),
        ReservationExpired e => ReservationSentences.Expired(e),
        ReservationCancelled e => ReservationSentences.Cancelled(e),
        HouseholdPlaced e => HouseholdSentences.Placed(e),
        HouseholdMovedOut e => HouseholdSentences.MovedOut(e),
        HouseholdTransferredOut e => HouseholdSentences.TransferredOut(e),
        _ => SituationReportSentences.Of(@event)
            ?? StaffingSentences.Of(@event)
            ?? TaskSentences.Of(@event)
            ?? CommunicationSentences.Of(@event)
            ?? LogbookSentences.Of(@event)
            ?? new($"Ereignis {eventType}", $"Event {eventType}"),
    };
}

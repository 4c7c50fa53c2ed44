using Krisenstab.Contracts.Accommodation;
using Krisenstab.Contracts.Situation;

namespace Krisenstab.Dashboard.Analysis;

/// <summary>
/// Time from announcement to placement, per person. A placement names no announcement, so people are matched first
/// in, first out: each person placed for the crisis (a transfer is no new placement) takes the earliest announced
/// person not yet placed; a changed announcement counts with its new number of people, a cancelled one no more.
/// </summary>
public sealed class PlacementWaits
{
    private readonly List<Announcement> _queue = [];
    private readonly List<TimeSpan> _waits = [];
    private int _unmatched;

    public IReadOnlyList<TimeSpan> Waits => _waits;

    /// <summary>People placed while no announced person was waiting.</summary>
    public int Unmatched => _unmatched;

    /// <summary>People announced (and not cancelled) who are not placed yet.</summary>
    public int Waiting => _queue.Sum(a => a.Remaining);

    public void Add(HistoryStep step)
    {
        if (!step.OfCrisis)
        {
            return;
        }
        switch (step.Entry.Event)
        {
            case AllocationAnnounced e:
                _queue.Add(new Announcement(e.AnnouncementId, step.At, e.Figures.People));
                break;
            case AllocationChanged e when Find(e.AnnouncementId) is { } changed:
                changed.Remaining = Math.Max(0, e.Figures.People - changed.Placed);
                break;
            case AllocationCancelled e when Find(e.AnnouncementId) is { } cancelled:
                cancelled.Remaining = 0;
                break;
            case HouseholdPlaced { TransferredFromFacilityId: null } e:
                Place(e.Size, step.At);
                break;
        }
    }

    private void Place(int people, DateTimeOffset at)
    {
        for (var person = 0; person < people; person++)
        {
            if (_queue.FirstOrDefault(a => a.Remaining > 0) is not { } announcement)
            {
                _unmatched += people - person;
                return;
            }
            announcement.Remaining--;
            announcement.Placed++;
            _waits.Add(at - announcement.At);
        }
    }

    private Announcement? Find(Guid id) => _queue.FirstOrDefault(a => a.Id == id);

    private sealed class Announcement(Guid id, DateTimeOffset at, int people)
    {
        public Guid Id { get; } = id;

        public DateTimeOffset At { get; } = at;

        public int Remaining { get; set; } = people;

        public int Placed { get; set; }
    }
}

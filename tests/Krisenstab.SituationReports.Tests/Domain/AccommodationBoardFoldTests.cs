using Krisenstab.Contracts;
using Krisenstab.Contracts.Accommodation;
using Krisenstab.Dashboard.Board;
using Krisenstab.Dashboard.Journal;

namespace Krisenstab.SituationReports.Tests.Domain;

public class AccommodationBoardFoldTests
{
    private static readonly DateTimeOffset Morning = new(2025, 3, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly Guid Gym = Guid.CreateVersion7();

    [Fact]
    public void Each_event_replaces_the_facility_row_with_the_figures_after_it()
    {
        var board = AccommodationBoard.Fold([Registered(Morning), Placed(Morning.AddMinutes(5), occupied: 4)]);

        var row = Assert.Single(board.Facilities);
        Assert.Equal((10, 4, 6, Morning.AddMinutes(5)), (row.Capacity, row.Occupied, row.Free, row.LastChange));
        Assert.Equal((4, 6), (board.District.Occupied, board.District.Free));
        Assert.Equal(Morning.AddMinutes(5), board.LastChange);
    }

    [Fact]
    public void An_entry_older_than_the_row_is_older_news_and_changes_nothing()
    {
        var board = AccommodationBoard.Fold([Placed(Morning.AddMinutes(5), occupied: 4)]);

        var (after, changed) = AccommodationBoard.Change(board, Registered(Morning));

        Assert.Same(board, after);
        Assert.Null(changed);
    }

    [Fact]
    public void A_closed_facility_counts_its_places_but_none_are_free()
    {
        var closed = Entry(new FacilityClosed(Gym, "Wasserschaden", Occupancy(occupied: 2, closed: true)), Morning.AddHours(1));

        var board = AccommodationBoard.Fold([Registered(Morning), closed]);

        var town = Assert.Single(board.Towns);
        Assert.Equal(("Bramsche", 1, 10, 2, 0), (town.Town, town.ClosedFacilities, town.Capacity, town.Occupied, town.Free));
    }

    private static JournalEntry Registered(DateTimeOffset at) =>
        Entry(new FacilityRegistered(Gym, "Turnhalle", FacilityKind.EmergencyShelter, "Bramsche", "Am Markt 1", FacilityOperator.Municipal, 10, [], at, Occupancy(0)), at);

    private static JournalEntry Placed(DateTimeOffset at, int occupied) =>
        Entry(new HouseholdPlaced(Gym, "AZ-1", occupied, [], [], null, 0, null, Occupancy(occupied)), at);

    private static FacilityOccupancy Occupancy(int occupied, bool closed = false) => new("Turnhalle", "Bramsche", 10, occupied, 0, 0, closed);

    private static JournalEntry Entry(object @event, DateTimeOffset at) =>
        new(Guid.CreateVersion7(), EventTypeMap.Public.NameOf(@event.GetType()), @event, new EventMetadata { OccurredAt = at });
}

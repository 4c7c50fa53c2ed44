using Krisenstab.Contracts.Accommodation;
using Krisenstab.Dashboard.Board;
using Krisenstab.Dashboard.Journal;

namespace Krisenstab.Dashboard.Tests.Domain;

public class AccommodationBoardFoldTests
{
    private static readonly DateTimeOffset Morning = new(2025, 3, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly Guid Gym = Guid.CreateVersion7();
    private static readonly DashboardSettings Settings = DashboardSettings.Default;

    [Fact]
    public void Each_event_replaces_the_facility_row_with_the_figures_after_it()
    {
        var board = AccommodationBoard.Fold(Settings, [Registered(Morning), Placed(Morning.AddMinutes(5), occupied: 4)]);

        var row = Assert.Single(board.Facilities);
        Assert.Equal((10, 4, 6, Morning.AddMinutes(5)), (row.Capacity, row.Occupied, row.Free, row.LastChange));
        Assert.Equal((4, 6), (board.District.Occupied, board.District.Free));
        Assert.Equal(Morning.AddMinutes(5), board.LastChange);
    }

    [Fact]
    public void An_entry_older_than_the_row_leaves_the_figures_alone_but_counts_as_a_version()
    {
        var board = AccommodationBoard.Fold(Settings, [Placed(Morning.AddMinutes(5), occupied: 4)]);

        var (after, changed) = AccommodationBoard.Change(board, Placed(Morning, occupied: 1));

        Assert.Equal(board.Facilities, after.Facilities);
        Assert.Same(board.Facilities.Single(), changed);
        Assert.Equal((1L, 2L), (board.Version, after.Version));
    }

    [Fact]
    public void The_version_counts_every_entry_folded_one_by_one()
    {
        var entries = new[] { Registered(Morning), Placed(Morning.AddMinutes(1), 2), Placed(Morning.AddMinutes(2), 3) };

        var versions = entries.Aggregate(
            (Board: AccommodationBoard.Empty(Settings), Seen: new List<long>()),
            (state, entry) =>
            {
                var board = AccommodationBoard.Apply(state.Board, entry);
                state.Seen.Add(board.Version);
                return (board, state.Seen);
            }).Seen;

        Assert.Equal([1L, 2L, 3L], versions);
    }

    [Fact]
    public void A_closed_facility_counts_its_places_but_none_are_free()
    {
        var closed = Entry(new FacilityClosed(Gym, "Wasserschaden", Occupancy(occupied: 2, closed: true)), Morning.AddHours(1));

        var board = AccommodationBoard.Fold(Settings, [Registered(Morning), closed]);

        var town = Assert.Single(board.Towns);
        Assert.Equal(("Bramsche", 1, 10, 2, 0), (town.Town, town.ClosedFacilities, town.Capacity, town.Occupied, town.Free));
    }

    [Fact]
    public void Kind_and_features_come_from_the_registration_and_confirmed_at_from_the_latest_confirmation()
    {
        var confirmed = Entry(new OccupancyConfirmed(Gym, Morning.AddHours(3), Occupancy(4)), Morning.AddHours(3));

        var registeredOnly = AccommodationBoard.Fold(Settings, [Registered(Morning), Placed(Morning.AddHours(1), 4)]).Facilities.Single();
        var afterConfirmation = AccommodationBoard.Fold(Settings, [Registered(Morning), Placed(Morning.AddHours(1), 4), confirmed, Placed(Morning.AddHours(4), 5)]).Facilities.Single();

        Assert.Equal((FacilityKind.EmergencyShelter, Morning), (registeredOnly.Kind, registeredOnly.ConfirmedAt));
        Assert.Equal([FacilityFeature.StepFree, FacilityFeature.FamilyRooms], registeredOnly.Features);
        Assert.Equal((FacilityKind.EmergencyShelter, Morning.AddHours(3), 5), (afterConfirmation.Kind, afterConfirmation.ConfirmedAt, afterConfirmation.Occupied));
    }

    [Fact]
    public void A_registration_or_confirmation_arriving_late_still_gives_its_facts()
    {
        var confirmedEarlier = Entry(new OccupancyConfirmed(Gym, Morning.AddMinutes(30), Occupancy(0)), Morning.AddMinutes(30));

        var row = AccommodationBoard.Fold(Settings, [Placed(Morning.AddHours(1), 4), Registered(Morning), confirmedEarlier]).Facilities.Single();

        Assert.Equal((4, FacilityKind.EmergencyShelter, Morning.AddMinutes(30)), (row.Occupied, row.Kind, row.ConfirmedAt));
    }

    [Fact]
    public void Before_its_registration_arrives_a_facility_has_no_kind_and_no_confirmation()
    {
        var row = AccommodationBoard.Fold(Settings, [Placed(Morning, 4)]).Facilities.Single();

        Assert.Equal((null, null), (row.Kind, row.ConfirmedAt));
        Assert.Empty(row.Features);
    }

    [Fact]
    public void A_town_with_residents_configured_has_its_fair_share_of_the_occupied_places()
    {
        var settings = Settings with { TownPopulations = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase) { ["bramsche"] = 30_000, ["Melle"] = 10_000 } };
        var melle = Guid.CreateVersion7();
        var inMelle = Entry(
            new FacilityRegistered(melle, "Hotel", FacilityKind.Hotel, "Melle", "Markt 2", FacilityOperator.Municipal, 5, [], Morning, new("Hotel", "Melle", 5, 0, 0, 0, false)),
            Morning);
        var elsewhere = Entry(
            new FacilityRegistered(Guid.CreateVersion7(), "Heim", FacilityKind.Flat, "Bohmte", "Weg 3", FacilityOperator.Municipal, 5, [], Morning, new("Heim", "Bohmte", 5, 1, 0, 0, false)),
            Morning);

        var board = AccommodationBoard.Fold(settings, [Registered(Morning), Placed(Morning.AddMinutes(1), 7), inMelle, elsewhere]);

        Assert.Equal((30_000, 6), (board.Town("Bramsche").Population, board.Town("Bramsche").FairShare));
        Assert.Equal((10_000, 2), (board.Town("Melle").Population, board.Town("Melle").FairShare));
        Assert.Equal((null, null), (board.Town("Bohmte").Population, board.Town("Bohmte").FairShare));
        Assert.Equal(86_400, board.StaleAfterSeconds);
    }

    private static JournalEntry Registered(DateTimeOffset at) =>
        Entry(
            new FacilityRegistered(
                Gym, "Turnhalle", FacilityKind.EmergencyShelter, "Bramsche", "Am Markt 1", FacilityOperator.Municipal, 10, [FacilityFeature.StepFree, FacilityFeature.FamilyRooms], at, Occupancy(0)),
            at);

    private static JournalEntry Placed(DateTimeOffset at, int occupied) =>
        Entry(new HouseholdPlaced(Gym, "AZ-1", occupied, [], [], null, 0, null, Occupancy(occupied)), at);

    private static FacilityOccupancy Occupancy(int occupied, bool closed = false) => new("Turnhalle", "Bramsche", 10, occupied, 0, 0, closed);

    private static JournalEntry Entry(object @event, DateTimeOffset at) => JournalEntries.Of(@event, at);
}

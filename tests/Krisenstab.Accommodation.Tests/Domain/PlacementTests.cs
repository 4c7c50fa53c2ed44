using Krisenstab.Accommodation.Placements;
using Krisenstab.Contracts.Accommodation;
using Krisenstab.ServiceDefaults;
using static Krisenstab.Accommodation.Tests.Domain.Spec;

namespace Krisenstab.Accommodation.Tests.Domain;

public class PlacementTests
{
    [Fact]
    public void A_household_that_fits_is_placed_as_a_whole() =>
        ThenEvents(
            PlacementCommands.Place(Given(Registered(10), Placed("A-1", 4)), new PlaceHousehold(Household("A-2", 6, HouseholdNeed.FamilyWithChildren)), Now),
            new HouseholdPlaced(FacilityId, "A-2", 6, [HouseholdNeed.FamilyWithChildren], ["uk"], null, 0, null, Figures(10, occupied: 10)));

    [Fact]
    public void A_household_is_never_split_when_it_does_not_fit()
    {
        var error = ThenRefused(
            PlacementCommands.Place(Given(Registered(10), Placed("A-1", 7)), new PlaceHousehold(Household("A-2", 4)), Now),
            DomainErrorKind.Conflict,
            "no-room");

        Assert.StartsWith("There is no room", error.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(31)]
    public void A_household_has_a_sensible_size(int size) =>
        ThenInvalid(PlacementCommands.Place(Given(Registered(100)), new PlaceHousehold(Household("A-1", size)), Now), "size");

    [Theory]
    [InlineData("")]
    [InlineData("0123456789012345678901234567890123456789012345678901234567890123456789")]
    public void A_household_has_a_short_case_reference(string householdRef) =>
        ThenInvalid(PlacementCommands.Place(Given(Registered(10)), new PlaceHousehold(Household(householdRef, 2)), Now), "householdRef");

    [Fact]
    public void A_household_is_placed_once() =>
        ThenRefused(
            PlacementCommands.Place(Given(Registered(10), Placed("A-1", 2)), new PlaceHousehold(Household("A-1", 2)), Now),
            DomainErrorKind.Conflict,
            "household-already-placed");

    [Fact]
    public void A_closed_facility_takes_no_one() =>
        ThenRefused(
            PlacementCommands.Place(Given(Registered(10), new FacilityClosed(FacilityId, null, Figures(10))), new PlaceHousehold(Household("A-1", 1)), Now),
            DomainErrorKind.Conflict,
            "facility-closed");

    [Fact]
    public void Moving_out_frees_the_household_s_places() =>
        ThenEvents(
            PlacementCommands.MoveOut(Given(Registered(10), Placed("A-1", 4), Placed("A-2", 2)), new MoveOut("A-1", MoveOutReason.PrivateHousing)),
            new HouseholdMovedOut(FacilityId, "A-1", 4, MoveOutReason.PrivateHousing, Figures(10, occupied: 2)));

    [Fact]
    public void Only_a_household_that_is_there_can_move_out() =>
        ThenRefused(PlacementCommands.MoveOut(Given(Registered(10)), new MoveOut("A-1", MoveOutReason.Other)), DomainErrorKind.NotFound, "household-not-found");

    [Fact]
    public void A_transfer_arrives_as_a_placement_naming_where_it_came_from() =>
        ThenEvents(
            PlacementCommands.Place(Given(Registered(10)), new PlaceHousehold(Household("A-1", 3), TransferredFrom: OtherFacilityId), Now),
            new HouseholdPlaced(FacilityId, "A-1", 3, [], ["uk"], null, 0, OtherFacilityId, Figures(10, occupied: 3)));

    [Fact]
    public void A_transfer_releases_the_source_s_places() =>
        ThenEvents(
            PlacementCommands.TransferOut(Given(Registered(10), Placed("A-1", 3)), new TransferOut("A-1", OtherFacilityId)),
            new HouseholdTransferredOut(FacilityId, "A-1", 3, OtherFacilityId, Figures(10)));

    [Fact]
    public void A_household_cannot_be_transferred_to_where_it_is() =>
        ThenInvalid(PlacementCommands.TransferOut(Given(Registered(10), Placed("A-1", 3)), new TransferOut("A-1", FacilityId)), "toFacilityId");
}

using Krisenstab.Accommodation.Placements;
using Krisenstab.Accommodation.Reservations;
using Krisenstab.Contracts.Accommodation;
using Krisenstab.ServiceDefaults;
using static Krisenstab.Accommodation.Tests.Domain.Spec;

namespace Krisenstab.Accommodation.Tests.Domain;

public class ReservationTests
{
    private static readonly Guid ReservationId = Guid.Parse("0193a5b0-0000-7000-8000-0000000000aa");
    private static readonly DateTimeOffset Expiry = Now.AddHours(6);

    private static PlacesReserved Reserved(int places, DateTimeOffset? expiresAt = null) =>
        new(FacilityId, ReservationId, places, expiresAt ?? Expiry, "Zuweisung LAB 14.03.", Figures(0));

    [Fact]
    public void Places_are_held_for_an_announced_arrival() =>
        ThenEvents(
            ReservationCommands.Reserve(Given(Registered(10)), new ReservePlaces(ReservationId, 6, Expiry, "Bus 3"), Now),
            new PlacesReserved(FacilityId, ReservationId, 6, Expiry, "Bus 3", Figures(10, reserved: 6)));

    [Fact]
    public void Reserved_places_are_not_free_for_others() =>
        ThenRefused(
            PlacementCommands.Place(Given(Registered(10), Reserved(8)), new PlaceHousehold(Household("A-1", 3)), Now),
            DomainErrorKind.Conflict,
            "no-room");

    [Fact]
    public void No_more_places_can_be_held_than_are_free() =>
        ThenRefused(
            ReservationCommands.Reserve(Given(Registered(10), Placed("A-1", 5)), new ReservePlaces(ReservationId, 6, Expiry, null), Now),
            DomainErrorKind.Conflict,
            "no-room");

    [Fact]
    public void A_reservation_must_expire_in_the_future() =>
        ThenInvalid(ReservationCommands.Reserve(Given(Registered(10)), new ReservePlaces(ReservationId, 2, Now, null), Now), "expiresAt");

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void A_reservation_holds_at_least_one_place(int places) =>
        ThenInvalid(ReservationCommands.Reserve(Given(Registered(10)), new ReservePlaces(ReservationId, places, Expiry, null), Now), "places");

    [Fact]
    public void A_closed_facility_holds_no_places() =>
        ThenRefused(
            ReservationCommands.Reserve(Given(Registered(10), new FacilityClosed(FacilityId, null, Figures(10))), new ReservePlaces(ReservationId, 2, Expiry, null), Now),
            DomainErrorKind.Conflict,
            "facility-closed");

    [Fact]
    public void A_reservation_expires_at_its_time_and_frees_its_places()
    {
        var state = Given(Registered(10), Reserved(6));

        ThenEvents(ReservationCommands.Expire(state, Expiry.AddTicks(-1)));
        ThenEvents(ReservationCommands.Expire(state, Expiry), new ReservationExpired(FacilityId, ReservationId, 6, Figures(10)));
    }

    [Fact]
    public void A_due_reservation_gives_way_to_a_placement_even_before_the_sweep() =>
        ThenEvents(
            PlacementCommands.Place(Given(Registered(10), Reserved(8)), new PlaceHousehold(Household("A-1", 3)), Expiry.AddMinutes(1)),
            new ReservationExpired(FacilityId, ReservationId, 8, Figures(10)),
            new HouseholdPlaced(FacilityId, "A-1", 3, [], ["uk"], null, 0, null, Figures(10, occupied: 3)));

    [Fact]
    public void A_placement_from_a_reservation_takes_its_places_from_it() =>
        ThenEvents(
            PlacementCommands.Place(Given(Registered(10), Reserved(6)), new PlaceHousehold(Household("A-1", 4), ReservationId), Now),
            new HouseholdPlaced(FacilityId, "A-1", 4, [], ["uk"], ReservationId, 4, null, Figures(10, occupied: 4, reserved: 2)));

    [Fact]
    public void A_household_larger_than_what_is_left_of_its_reservation_takes_the_rest_from_free_places()
    {
        var state = Given(Registered(10), Reserved(6), new HouseholdPlaced(FacilityId, "A-1", 4, [], [], ReservationId, 4, null, Figures(0)));

        ThenEvents(
            PlacementCommands.Place(state, new PlaceHousehold(Household("A-2", 5), ReservationId), Now),
            new HouseholdPlaced(FacilityId, "A-2", 5, [], ["uk"], ReservationId, 2, null, Figures(10, occupied: 9)));
    }

    [Fact]
    public void An_expired_reservation_cannot_be_turned_into_a_placement() =>
        ThenRefused(
            PlacementCommands.Place(Given(Registered(10), Reserved(6)), new PlaceHousehold(Household("A-1", 2), ReservationId), Expiry),
            DomainErrorKind.Conflict,
            "reservation-expired");

    [Fact]
    public void A_placement_from_an_unknown_reservation_is_refused() =>
        ThenRefused(
            PlacementCommands.Place(Given(Registered(10)), new PlaceHousehold(Household("A-1", 2), ReservationId), Now),
            DomainErrorKind.NotFound,
            "reservation-not-found");

    [Fact]
    public void A_cancelled_reservation_frees_what_it_still_held() =>
        ThenEvents(
            ReservationCommands.Cancel(Given(Registered(10), Reserved(6)), new CancelReservation(ReservationId)),
            new ReservationCancelled(FacilityId, ReservationId, 6, Figures(10)));
}

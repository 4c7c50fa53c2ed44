using Krisenstab.Accommodation.Facilities;
using Krisenstab.Contracts.Accommodation;
using Krisenstab.ServiceDefaults;
using static Krisenstab.Accommodation.Tests.Domain.Spec;

namespace Krisenstab.Accommodation.Tests.Domain;

public class FacilityTests
{
    private static RegisterFacility Register(int capacity = 80) => new(
        FacilityId, Name, FacilityKind.EmergencyShelter, Town, "Am Sportplatz 1", FacilityOperator.Municipal, capacity,
        [FacilityFeature.StepFree, FacilityFeature.StepFree]);

    [Fact]
    public void A_registered_facility_starts_empty_and_confirmed()
    {
        var decision = FacilityCommands.Register(Given(), Register(), Now);

        ThenEvents(decision, new FacilityRegistered(
            FacilityId, Name, FacilityKind.EmergencyShelter, Town, "Am Sportplatz 1", FacilityOperator.Municipal, 80,
            [FacilityFeature.StepFree], Now, Figures(80)));
    }

    [Fact]
    public void A_facility_is_registered_once() =>
        ThenRefused(FacilityCommands.Register(Given(Registered(80)), Register(), Now), DomainErrorKind.Conflict, "facility-exists");

    [Theory]
    [InlineData("name")]
    [InlineData("town")]
    [InlineData("address")]
    public void Registration_names_the_missing_field(string field)
    {
        var command = field switch
        {
            "name" => Register() with { Name = " " },
            "town" => Register() with { Town = "" },
            _ => Register() with { Address = "" },
        };
        ThenInvalid(FacilityCommands.Register(Given(), command, Now), field);
    }

    [Fact]
    public void An_organisation_as_operator_needs_its_name() =>
        ThenInvalid(FacilityCommands.Register(Given(), Register() with { Operator = new(OperatorKind.Organisation, null) }, Now), "operator.name");

    [Fact]
    public void Capacity_can_grow() =>
        ThenEvents(
            FacilityCommands.ChangeCapacity(Given(Registered(10), Placed("A-1", 4)), new ChangeCapacity(12)),
            new FacilityCapacityChanged(FacilityId, 10, 12, Figures(12, occupied: 4)));

    [Fact]
    public void Capacity_cannot_drop_below_the_places_in_use_blocked_or_reserved()
    {
        var state = Given(
            Registered(10),
            Placed("A-1", 4),
            new PlacesBlocked(FacilityId, Guid.NewGuid(), 2, BlockReason.Repair, null, Figures(10)),
            new PlacesReserved(FacilityId, Guid.NewGuid(), 2, Now.AddHours(4), null, Figures(10)));

        var error = ThenRefused(FacilityCommands.ChangeCapacity(state, new ChangeCapacity(7)), DomainErrorKind.Conflict, "capacity-below-use");

        Assert.Equal("capacity", error.Field);
        Assert.Contains("8 places", error.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Capacity_can_drop_to_exactly_the_places_in_use() =>
        ThenEvents(
            FacilityCommands.ChangeCapacity(Given(Registered(10), Placed("A-1", 4)), new ChangeCapacity(4)),
            new FacilityCapacityChanged(FacilityId, 10, 4, Figures(4, occupied: 4)));

    [Fact]
    public void Capacity_cannot_be_negative() =>
        ThenInvalid(FacilityCommands.ChangeCapacity(Given(Registered(10)), new ChangeCapacity(-1)), "capacity");

    [Fact]
    public void Blocking_takes_free_places_out_of_use()
    {
        var blockId = Guid.NewGuid();
        ThenEvents(
            FacilityCommands.Block(Given(Registered(10), Placed("A-1", 4)), new BlockPlaces(blockId, 6, BlockReason.Quarantine, "Masern")),
            new PlacesBlocked(FacilityId, blockId, 6, BlockReason.Quarantine, "Masern", Figures(10, occupied: 4, blocked: 6)));
    }

    [Fact]
    public void Only_free_places_can_be_blocked() =>
        ThenRefused(
            FacilityCommands.Block(Given(Registered(10), Placed("A-1", 4)), new BlockPlaces(Guid.NewGuid(), 7, BlockReason.Repair, null)),
            DomainErrorKind.Conflict,
            "no-room");

    [Fact]
    public void Unblocking_frees_the_places_again()
    {
        var blockId = Guid.NewGuid();
        var state = Given(Registered(10), new PlacesBlocked(FacilityId, blockId, 3, BlockReason.Repair, null, Figures(10)));

        ThenEvents(FacilityCommands.Unblock(state, new UnblockPlaces(blockId)), new PlacesUnblocked(FacilityId, blockId, 3, Figures(10)));
    }

    [Fact]
    public void An_unknown_block_cannot_be_lifted() =>
        ThenRefused(FacilityCommands.Unblock(Given(Registered(10)), new UnblockPlaces(Guid.NewGuid())), DomainErrorKind.NotFound, "block-not-found");

    [Fact]
    public void Closing_keeps_the_households_and_shows_no_free_places()
    {
        var decision = FacilityCommands.Close(Given(Registered(10), Placed("A-1", 4)), new CloseFacility("Hallenbetrieb Schule"));

        ThenEvents(decision, new FacilityClosed(FacilityId, "Hallenbetrieb Schule", Figures(10, occupied: 4, closed: true)));
        Assert.Equal(0, ((FacilityClosed)decision.Events[0]).Occupancy.Free);
    }

    [Fact]
    public void Closing_a_closed_facility_changes_nothing() =>
        ThenEvents(FacilityCommands.Close(Given(Registered(10), new FacilityClosed(FacilityId, null, Figures(10))), new CloseFacility(null)));

    [Fact]
    public void A_reopened_facility_shows_its_free_places_again() =>
        ThenEvents(
            FacilityCommands.Reopen(Given(Registered(10), new FacilityClosed(FacilityId, null, Figures(10)))),
            new FacilityReopened(FacilityId, Figures(10)));

    [Fact]
    public void A_confirmation_records_when_the_operator_vouched_for_the_figures()
    {
        var decision = FacilityCommands.Confirm(Given(Registered(10), Placed("A-1", 2)), Now);

        ThenEvents(decision, new OccupancyConfirmed(FacilityId, Now, Figures(10, occupied: 2)));
        Assert.Equal(Now, Given(Registered(10)).Apply(decision.Events[0]).LastConfirmedAt);
    }
}

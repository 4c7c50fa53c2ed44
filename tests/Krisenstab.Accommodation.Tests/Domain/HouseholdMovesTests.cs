using Krisenstab.Accommodation.Facilities;
using Krisenstab.Accommodation.Placements;
using Krisenstab.Contracts.Accommodation;
using static Krisenstab.Accommodation.Tests.Domain.Spec;

namespace Krisenstab.Accommodation.Tests.Domain;

/// <summary>The decisions over facilities and the household's residence: every stream they depend on gets its events.</summary>
public sealed class HouseholdMovesTests
{
    private static readonly HouseholdResidence Nowhere = HouseholdResidence.None;

    private static HouseholdResidence LivesIn(Guid facilityId) => Nowhere.Apply(new HouseholdPlacedIn("H-1", facilityId));

    private static Facility Other(params object[] events) => Given([Registered(10) with { FacilityId = OtherFacilityId }, .. events]);

    [Fact]
    public void Placing_writes_the_facility_and_the_residence_together()
    {
        var decision = HouseholdMoves.Place(Given(Registered(10)), Nowhere, FacilityId, new PlaceHousehold(Household("H-1", 3)), Now);

        Assert.Null(decision.Error);
        Assert.IsType<HouseholdPlaced>(Assert.Single(decision.Events[0]));
        Assert.Equal([new HouseholdPlacedIn("H-1", FacilityId)], decision.Events[1]);
    }

    [Fact]
    public void A_household_living_elsewhere_is_refused_and_nothing_is_written()
    {
        var decision = HouseholdMoves.Place(Given(Registered(10)), LivesIn(OtherFacilityId), FacilityId, new PlaceHousehold(Household("H-1", 3)), Now);

        Assert.Equal("household-placed-elsewhere", decision.Error?.Code);
        Assert.Empty(decision.Events);
    }

    [Fact]
    public void Moving_out_lets_the_residence_go_and_a_move_out_elsewhere_keeps_it()
    {
        var decision = HouseholdMoves.MoveOut(Given(Registered(10), Placed("H-1", 3)), LivesIn(FacilityId), FacilityId, new MoveOut("H-1", MoveOutReason.PrivateHousing));

        Assert.Equal(Nowhere, decision.Events[1].Aggregate(LivesIn(FacilityId), (r, e) => r.Apply(e)));
        Assert.Equal(LivesIn(OtherFacilityId), LivesIn(OtherFacilityId).Apply(new HouseholdLeftFacility("H-1", FacilityId)));
    }

    [Fact]
    public void A_transfer_writes_source_target_and_residence_or_nothing()
    {
        var source = Given(Registered(10), Placed("H-1", 3));

        var done = HouseholdMoves.Transfer(source, Other(), LivesIn(FacilityId), FacilityId, "H-1", OtherFacilityId, Now);
        var noRoom = HouseholdMoves.Transfer(source, Other(Placed("X", 9) with { FacilityId = OtherFacilityId }), LivesIn(FacilityId), FacilityId, "H-1", OtherFacilityId, Now);

        Assert.IsType<HouseholdTransferredOut>(Assert.Single(done.Events[0]));
        Assert.IsType<HouseholdPlaced>(Assert.Single(done.Events[1]));
        Assert.Equal([new HouseholdPlacedIn("H-1", OtherFacilityId)], done.Events[2]);
        Assert.Equal("no-room", noRoom.Error?.Code);
        Assert.Empty(noRoom.Events);
    }
}

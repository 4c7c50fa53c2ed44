using Krisenstab.Accommodation.Placements;

namespace Krisenstab.Accommodation.Tests.Domain;

/// <summary>The household's claim as pure decisions: given a claim, when claimed / handed over / released, then events or a refusal.</summary>
public sealed class HouseholdClaimTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly Guid East = Guid.NewGuid();
    private static readonly Guid West = Guid.NewGuid();

    private static HouseholdClaim ClaimedBy(Guid facilityId) => HouseholdClaim.None.Apply(new HouseholdClaimed("H-1", facilityId, null, Now));

    [Fact]
    public void An_unclaimed_household_is_claimed_and_a_second_facility_is_refused()
    {
        var decision = HouseholdClaimCommands.Claim(HouseholdClaim.None, "H-1", East, Now, HouseholdClaim.None, stale: false);
        var refused = HouseholdClaimCommands.Claim(ClaimedBy(East), "H-1", West, Now, ClaimedBy(East), stale: false);

        Assert.Equal([new HouseholdClaimed("H-1", East, null, Now)], decision.Events);
        Assert.Equal("household-placed-elsewhere", refused.Error?.Code);
    }

    [Fact]
    public void Claiming_again_for_the_same_facility_changes_nothing()
    {
        var decision = HouseholdClaimCommands.Claim(ClaimedBy(East), "H-1", East, Now, ClaimedBy(East), stale: false);

        Assert.Null(decision.Error);
        Assert.Empty(decision.Events);
    }

    [Fact]
    public void A_stale_claim_is_taken_over_only_if_it_is_still_the_one_that_was_checked()
    {
        var checkedClaim = ClaimedBy(East);
        var changedSince = checkedClaim.Apply(new HouseholdClaimed("H-1", Guid.NewGuid(), null, Now.AddSeconds(1)));

        var takenOver = HouseholdClaimCommands.Claim(checkedClaim, "H-1", West, Now, checkedClaim, stale: true);
        var refused = HouseholdClaimCommands.Claim(changedSince, "H-1", West, Now, checkedClaim, stale: true);

        Assert.Equal([new HouseholdClaimed("H-1", West, null, Now)], takenOver.Events);
        Assert.Equal("household-placed-elsewhere", refused.Error?.Code);
    }

    [Fact]
    public void A_transfer_hands_the_claim_over_and_a_release_from_another_facility_keeps_it()
    {
        var handedOver = HouseholdClaimCommands.HandOver(ClaimedBy(East), "H-1", East, West, Now);
        var atWest = handedOver.Events.Aggregate(ClaimedBy(East), (claim, e) => claim.Apply(e));
        var releasedByEast = HouseholdClaimCommands.Release(atWest, "H-1", East);
        var releasedByWest = HouseholdClaimCommands.Release(atWest, "H-1", West);

        Assert.Equal((West, East), (atWest.FacilityId, atWest.TransferredFrom));
        Assert.Empty(releasedByEast.Events);
        Assert.Equal(HouseholdClaim.None, releasedByWest.Events.Aggregate(atWest, (claim, e) => claim.Apply(e)));
    }
}

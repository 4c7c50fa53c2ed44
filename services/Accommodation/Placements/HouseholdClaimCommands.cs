using Krisenstab.ServiceDefaults;
using Krisenstab.ServiceDefaults.Domain;

namespace Krisenstab.Accommodation.Placements;

/// <summary>Claiming, handing over and releasing a household: pure decisions on its <see cref="HouseholdClaim"/>.</summary>
public static class HouseholdClaimCommands
{
    /// <summary>
    /// Claims the household for <paramref name="facilityId"/>. A claim by another facility refuses — unless it is
    /// <paramref name="stale"/>: exactly the claim that was checked (<paramref name="checkedClaim"/>), older than the
    /// lease, and none of its holders has the household (a placement that crashed between its two steps).
    /// </summary>
    public static Decision Claim(HouseholdClaim claim, string householdRef, Guid facilityId, DateTimeOffset now, HouseholdClaim checkedClaim, bool stale)
    {
        if (claim.FacilityId == facilityId)
        {
            return Decision.Nothing;
        }
        if (claim.FacilityId is { } other && !(stale && claim == checkedClaim))
        {
            return PlacedElsewhere(householdRef, other);
        }
        return Decision.Accept(new HouseholdClaimed(householdRef, facilityId, null, now));
    }

    /// <summary>The first step of a transfer: the claim moves from <paramref name="fromId"/> to <paramref name="toId"/>, remembering where it came from.</summary>
    public static Decision HandOver(HouseholdClaim claim, string householdRef, Guid fromId, Guid toId, DateTimeOffset now) =>
        claim.FacilityId == toId ? Decision.Nothing
        : claim.FacilityId == fromId ? Decision.Accept(new HouseholdClaimed(householdRef, toId, fromId, now))
        : claim.FacilityId is { } other ? PlacedElsewhere(householdRef, other)
        : Decision.Accept(new HouseholdClaimed(householdRef, toId, fromId, now));

    /// <summary>Lets the household go from <paramref name="facilityId"/>; a claim held by another facility stays.</summary>
    public static Decision Release(HouseholdClaim claim, string householdRef, Guid facilityId) =>
        claim.FacilityId == facilityId ? Decision.Accept(new HouseholdReleased(householdRef, facilityId)) : Decision.Nothing;

    public static DomainError PlacedElsewhere(string householdRef, Guid facilityId) =>
        DomainError.Conflict("household-placed-elsewhere", $"Household {householdRef} is placed in facility {facilityId}; move it out or transfer it instead.");
}

using Krisenstab.Contracts;

namespace Krisenstab.Accommodation.Placements;

/// <summary>
/// Which facility a household belongs to, as its own stream (<c>household-{ref}</c>) tells it: the guard that no
/// household is ever placed in two facilities at once. Claimed before placing, released after moving out.
/// </summary>
public sealed record HouseholdClaim(Guid? FacilityId, Guid? TransferredFrom, DateTimeOffset ClaimedAt)
{
    public const string Category = "household";

    public static HouseholdClaim None { get; } = new(null, null, DateTimeOffset.MinValue);

    /// <summary>The claim's events stay in the module's store: the store-to-bus publisher does not know them.</summary>
    public static EventTypeMap PrivateEvents { get; } = EventTypeMap.FromTypes(typeof(HouseholdClaimed), typeof(HouseholdReleased));

    /// <summary>The facilities that may hold the household: the claimed one and, during a transfer, the one it comes from.</summary>
    public IEnumerable<Guid> Holders => new[] { FacilityId, TransferredFrom }.OfType<Guid>();

    public HouseholdClaim Apply(object @event) => @event switch
    {
        HouseholdClaimed e => new HouseholdClaim(e.FacilityId, e.TransferredFrom, e.ClaimedAt),
        HouseholdReleased e when e.FacilityId == FacilityId => None,
        _ => this,
    };
}

using Krisenstab.Contracts;

namespace Krisenstab.Accommodation.Placements;

/// <summary>
/// Where a household lives, as its own stream (<c>household-{ref}</c>) tells it. Every placement, move-out and transfer
/// appends to it in the same atomic append as to the facilities, so it always agrees with them, and of two concurrent
/// placements of one household only one can write it under the version both loaded.
/// </summary>
public sealed record HouseholdResidence(Guid? FacilityId)
{
    public const string Category = "household";

    public static HouseholdResidence None { get; } = new((Guid?)null);

    /// <summary>Its events stay in the module's store: the store-to-bus publisher does not know them.</summary>
    public static EventTypeMap PrivateEvents { get; } = EventTypeMap.FromTypes(typeof(HouseholdPlacedIn), typeof(HouseholdLeftFacility));

    public HouseholdResidence Apply(object @event) => @event switch
    {
        HouseholdPlacedIn e => new HouseholdResidence(e.FacilityId),
        HouseholdLeftFacility e when e.FacilityId == FacilityId => None,
        _ => this,
    };
}

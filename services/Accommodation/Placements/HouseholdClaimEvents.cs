using Krisenstab.Contracts;

namespace Krisenstab.Accommodation.Placements;

/// <summary>
/// The household is claimed for <paramref name="FacilityId"/> before it is placed there (or, when
/// <paramref name="TransferredFrom"/> is set, before it moves there). Private to the module: it never leaves the store.
/// </summary>
[EventName("accommodation.household-claimed.private.v1")]
public sealed record HouseholdClaimed(string HouseholdRef, Guid FacilityId, Guid? TransferredFrom, DateTimeOffset ClaimedAt);

/// <summary>The household is in no facility any more (moved out, or its placement was refused). Private to the module.</summary>
[EventName("accommodation.household-released.private.v1")]
public sealed record HouseholdReleased(string HouseholdRef, Guid FacilityId);

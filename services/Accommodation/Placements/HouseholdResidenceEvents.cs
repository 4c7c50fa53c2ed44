using Krisenstab.Contracts;

namespace Krisenstab.Accommodation.Placements;

/// <summary>The household lives in <paramref name="FacilityId"/> now (placed or transferred there). Private to the module.</summary>
[EventName("accommodation.household-placed-in.private.v1")]
public sealed record HouseholdPlacedIn(string HouseholdRef, Guid FacilityId);

/// <summary>The household left <paramref name="FacilityId"/> and lives in none of ours. Private to the module.</summary>
[EventName("accommodation.household-left.private.v1")]
public sealed record HouseholdLeftFacility(string HouseholdRef, Guid FacilityId);

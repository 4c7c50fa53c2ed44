namespace Krisenstab.Contracts.Accommodation;

/// <summary>Blocked places can be used again.</summary>
[EventName("accommodation.places-unblocked.v1")]
public sealed record PlacesUnblocked(
    Guid FacilityId,
    Guid BlockId,
    int Places,
    FacilityOccupancy Occupancy) : IFacilityEvent;

namespace Krisenstab.Contracts.Accommodation;

/// <summary>Free places were taken out of use for a while (quarantine, repair).</summary>
[EventName("accommodation.places-blocked.v1")]
public sealed record PlacesBlocked(
    Guid FacilityId,
    Guid BlockId,
    int Places,
    BlockReason Reason,
    string? Note,
    FacilityOccupancy Occupancy) : IFacilityEvent;

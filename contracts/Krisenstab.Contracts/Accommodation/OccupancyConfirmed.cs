namespace Krisenstab.Contracts.Accommodation;

/// <summary>The operator confirmed that the facility's figures are right as shown.</summary>
[EventName("accommodation.occupancy-confirmed.v1")]
public sealed record OccupancyConfirmed(
    Guid FacilityId,
    DateTimeOffset ConfirmedAt,
    FacilityOccupancy Occupancy) : IFacilityEvent;

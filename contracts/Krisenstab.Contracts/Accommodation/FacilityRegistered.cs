namespace Krisenstab.Contracts.Accommodation;

/// <summary>A facility was registered with its capacity; registration counts as the first confirmation of its figures.</summary>
[EventName("accommodation.facility-registered.v1")]
public sealed record FacilityRegistered(
    Guid FacilityId,
    string Name,
    FacilityKind Kind,
    string Town,
    string Address,
    FacilityOperator Operator,
    int Capacity,
    IReadOnlyList<FacilityFeature> Features,
    DateTimeOffset RegisteredAt,
    FacilityOccupancy Occupancy) : IFacilityEvent;

namespace Krisenstab.Contracts.Accommodation;

/// <summary>A household was given places as a whole (partly or fully from a reservation, or by a transfer). No names: a case reference only.</summary>
[EventName("accommodation.household-placed.v1")]
public sealed record HouseholdPlaced(
    Guid FacilityId,
    string HouseholdRef,
    int Size,
    IReadOnlyList<HouseholdNeed> Needs,
    IReadOnlyList<string> Languages,
    Guid? ReservationId,
    int PlacesFromReservation,
    Guid? TransferredFromFacilityId,
    FacilityOccupancy Occupancy) : IFacilityEvent;

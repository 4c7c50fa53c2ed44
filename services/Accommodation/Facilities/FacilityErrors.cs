using Krisenstab.ServiceDefaults;

namespace Krisenstab.Accommodation.Facilities;

/// <summary>The refusals several decisions share, worded once.</summary>
public static class FacilityErrors
{
    public static DomainError NotFound(Guid facilityId) =>
        DomainError.NotFound("facility", $"There is no facility {facilityId}.");

    public static DomainError Closed(Facility facility) =>
        DomainError.Conflict("facility-closed", $"{facility.Name} is closed and takes no one.");

    /// <summary>The one answer to "does it fit?": the invariant used + blocked + reserved ≤ capacity would break.</summary>
    public static DomainError NoRoom(Facility facility, int asked) =>
        DomainError.Conflict("no-room", $"There is no room: {facility.Name} has {Math.Max(0, facility.Unused)} free places and {asked} were asked for.");
}
